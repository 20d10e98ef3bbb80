package dev.schemactl.schema;

/** MariaDB/MySQL size class of BLOB/TEXT types (TINY-, plain, MEDIUM-, LONG-); null where it does not apply. */
public enum LobSize { TINY, REGULAR, MEDIUM, LONG }
