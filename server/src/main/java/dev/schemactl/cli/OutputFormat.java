package dev.schemactl.cli;

public enum OutputFormat { text, json }
