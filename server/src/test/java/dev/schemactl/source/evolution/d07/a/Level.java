package dev.schemactl.source.evolution.d07.a;

public enum Level { LOW, HIGH }
