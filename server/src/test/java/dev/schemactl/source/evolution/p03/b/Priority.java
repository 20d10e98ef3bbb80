package dev.schemactl.source.evolution.p03.b;



public enum Priority { LOW, MEDIUM, HIGH }
