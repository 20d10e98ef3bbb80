package dev.schemactl.source.model;

/** Stored by position (@Enumerated ORDINAL). */
public enum Level {
    JUNIOR, SENIOR, MASTER
}
