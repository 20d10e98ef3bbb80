package dev.schemactl.schema;

/** Engine-neutral type families. Engines map their catalog types onto these; OTHER keeps the raw name. */
public enum TypeKind {
    BOOLEAN, TINYINT, SMALLINT, INTEGER, BIGINT, DECIMAL, REAL, DOUBLE,
    CHAR, VARCHAR, TEXT, CLOB,
    BINARY, VARBINARY, BLOB,
    DATE, TIME, TIMESTAMP, TIMESTAMP_TZ,
    UUID, JSON, JSONB, ENUM, OTHER
}
