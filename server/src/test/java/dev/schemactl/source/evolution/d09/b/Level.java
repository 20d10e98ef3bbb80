package dev.schemactl.source.evolution.d09.b;

public enum Level { LOW, MEDIUM, HIGH }
