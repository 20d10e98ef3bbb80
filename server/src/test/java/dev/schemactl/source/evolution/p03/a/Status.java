package dev.schemactl.source.evolution.p03.a;



public enum Status { OPEN, CLOSED }
