package dev.schemactl.source.evolution.d09.a;

public enum Level { LOW, MEDIUM, HIGH }
