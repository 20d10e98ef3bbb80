package dev.schemactl.source.model;

/** Stored by name (@Enumerated STRING). */
public enum AuthorStatus {
    ACTIVE, RETIRED, DECEASED
}
