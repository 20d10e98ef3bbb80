package dev.schemactl.source.evolution.p10.b;



public record Money(long cents) {
}
