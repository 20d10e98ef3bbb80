package dev.schemactl.schema;

public record CheckConstraint(String name, String expression) {
}
