package dev.schemactl.service;

/** A use case's result: a record that renders to JSON (by its fields) and to text (here). */
public interface Result {
    String text();
}
