package dev.schemactl.schema;

public record Sequence(String name, long start, long increment) {
}
