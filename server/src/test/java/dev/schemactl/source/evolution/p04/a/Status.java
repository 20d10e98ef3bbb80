package dev.schemactl.source.evolution.p04.a;



public enum Status { OPEN, CLOSED }
