package dev.schemactl.cli;

import java.util.EnumSet;
import java.util.Set;

/**
 * --format. text and json work everywhere; the report and diagram formats only on the commands that draw them
 * (checked before a command runs, so `up --format sarif` is a usage error, not a migration followed by one).
 */
public enum OutputFormat {
    text, json, sarif, github, markdown, mermaid, dot, svg;

    static final Set<OutputFormat> EVERYWHERE = EnumSet.of(text, json);

    /** A command that accepts more formats than text and json. */
    interface Extended {
        Set<OutputFormat> formats();
    }
}
