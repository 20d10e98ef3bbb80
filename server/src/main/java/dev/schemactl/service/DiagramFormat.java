package dev.schemactl.service;

/** How a schema diagram is written: Mermaid erDiagram text, Graphviz DOT, or SVG drawn by Graphviz. */
public enum DiagramFormat { MERMAID, DOT, SVG }
