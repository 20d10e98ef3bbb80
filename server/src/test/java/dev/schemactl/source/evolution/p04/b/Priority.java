package dev.schemactl.source.evolution.p04.b;



public enum Priority { LOW, MEDIUM, HIGH }
