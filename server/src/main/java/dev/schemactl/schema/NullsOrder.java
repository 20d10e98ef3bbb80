package dev.schemactl.schema;

/** An index key's NULLS FIRST / NULLS LAST, kept only where it differs from the direction's default. */
public enum NullsOrder { FIRST, LAST }
