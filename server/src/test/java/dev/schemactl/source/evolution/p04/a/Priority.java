package dev.schemactl.source.evolution.p04.a;



public enum Priority { LOW, HIGH }
