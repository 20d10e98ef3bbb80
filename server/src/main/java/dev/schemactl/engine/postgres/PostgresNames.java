package dev.schemactl.engine.postgres;

import java.util.regex.Pattern;

/** PostgreSQL identifier quoting: a name is written bare only when PostgreSQL would fold it to itself. */
final class PostgresNames {
    private PostgresNames() {
    }

    private static final Pattern SIMPLE = Pattern.compile("[a-z_][a-z0-9_$]*");

    static String quote(String identifier) {
        if (SIMPLE.matcher(identifier).matches() && !PostgresRenderer.RESERVED.contains(identifier)) return identifier;
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
