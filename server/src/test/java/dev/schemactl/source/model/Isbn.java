package dev.schemactl.source.model;

/** A value object stored as text through {@link IsbnConverter}. */
public record Isbn(String value) {
}
