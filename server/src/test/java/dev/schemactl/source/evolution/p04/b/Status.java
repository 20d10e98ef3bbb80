package dev.schemactl.source.evolution.p04.b;



public enum Status { OPEN, IN_PROGRESS, CLOSED, ARCHIVED }
