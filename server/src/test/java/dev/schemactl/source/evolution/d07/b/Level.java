package dev.schemactl.source.evolution.d07.b;

public enum Level { LOW, HIGH }
