package dev.schemactl.source.evolution.p03.a;



public enum Priority { LOW, HIGH }
