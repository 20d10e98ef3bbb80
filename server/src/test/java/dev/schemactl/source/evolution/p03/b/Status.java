package dev.schemactl.source.evolution.p03.b;



public enum Status { OPEN, IN_PROGRESS, CLOSED, ARCHIVED }
