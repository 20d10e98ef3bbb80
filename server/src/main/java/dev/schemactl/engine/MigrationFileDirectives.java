package dev.schemactl.engine;

import java.util.regex.Pattern;

/**
 * The lines a migration file (Liquibase formatted SQL, read by Liquibase's own parser at {@code up}) takes for its own
 * directives wherever they stand, indented or not: {@code --changeset}, {@code --rollback}, {@code --precondition...},
 * {@code --comment}, {@code --validCheckSum}, {@code --ignoreLines}, {@code --ignore:}, {@code --property},
 * {@code --liquibase ...}. A statement schemactl writes (a routine body, a string constant) must hold none: such a line
 * would be cut out of the statement, or end its changeset there. Read broadly (Liquibase takes {@code --rollback'...}
 * for a rollback line too): a PostgreSQL string escaped without need is still the same string.
 */
public final class MigrationFileDirectives {
    private static final Pattern DIRECTIVE_LINE = Pattern.compile(
            "(?im)^[ \\t]*--[ \\t]*(?:changeset|rollback|precondition|comments?:?(?:[ \\t]|$)|property|validchecksum|ignorelines|ignore:|liquibase)");

    private MigrationFileDirectives() {
    }

    /** True when a line of the text would be read as a migration file directive. */
    public static boolean holdsDirectiveLine(String text) {
        return text != null && text.contains("--") && DIRECTIVE_LINE.matcher(text.replace("\r\n", "\n").replace('\r', '\n')).find();
    }
}
