package dev.schemactl.engine.mariadb;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The columns of its own table a MariaDB trigger body names through {@code NEW.col} / {@code OLD.col}. MariaDB keeps
 * the body as text and binds those names when the trigger fires, so renaming or dropping such a column leaves a
 * trigger that makes every write to the table fail ('Unknown column ... in NEW'); information_schema says nothing
 * about it, so the body is read.
 */
final class MariaDbTriggerColumns {

    private static final Pattern ROW_REFERENCE = Pattern.compile(
            "(?i)(?<![\\w$`])(?:NEW|OLD)\\s*\\.\\s*(`(?:[^`]|``)+`|[\\w$]+)");

    private MariaDbTriggerColumns() {
    }

    /** {@code table} and {@code table.column} for each column the body names, as {@link dev.schemactl.schema.UnmanagedObject#dependsOn}. */
    static List<String> uses(String table, String body) {
        List<String> out = new ArrayList<>();
        out.add(table);
        if (body == null) return out;
        Matcher m = ROW_REFERENCE.matcher(stripStringLiterals(body));
        while (m.find()) {
            String name = m.group(1);
            if (name.startsWith("`")) name = name.substring(1, name.length() - 1).replace("``", "`");
            out.add(table + "." + name);
        }
        return out;
    }

    /** The body with the insides of '...' and "..." literals blanked, so that text in a string is not read as a reference. */
    private static String stripStringLiterals(String body) {
        StringBuilder b = new StringBuilder(body.length());
        char quote = 0;
        for (int i = 0; i < body.length(); i++) {
            char ch = body.charAt(i);
            if (quote == 0) {
                if (ch == '\'' || ch == '"') quote = ch;
                b.append(ch);
            } else if (ch == '\\' && i + 1 < body.length()) {
                b.append("  ");
                i++;
            } else if (ch == quote) {
                quote = 0;
                b.append(ch);
            } else {
                b.append(' ');
            }
        }
        return b.toString();
    }
}
