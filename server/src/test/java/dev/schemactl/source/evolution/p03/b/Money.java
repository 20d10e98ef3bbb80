package dev.schemactl.source.evolution.p03.b;



public record Money(long cents) {
}
