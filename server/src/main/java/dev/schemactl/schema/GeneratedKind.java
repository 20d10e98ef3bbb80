package dev.schemactl.schema;

/** A generated column's storage: computed on write and stored, or computed on read (MariaDB/MySQL VIRTUAL). */
public enum GeneratedKind { STORED, VIRTUAL }
