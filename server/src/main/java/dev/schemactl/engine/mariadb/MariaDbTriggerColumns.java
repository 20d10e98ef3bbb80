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
        return uses(table, body, java.util.Set.of());
    }

    /** An identifier not qualified by a dot before it: a bare word or a backquoted name. */
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w$`.@])(`(?:[^`]|``)+`|[\\w$]+)");

    /**
     * Also each of {@code tables} (the database's other tables) the body names, e.g. {@code UPDATE carts ...} in a
     * trigger on cart_items: MariaDB binds those names when the trigger fires too, so renaming carts leaves a trigger
     * that makes every insert into cart_items fail ("Table 'db.carts' doesn't exist"). Read from the text, so a column
     * or variable spelled like a table counts too: a refusal too many, never a broken trigger.
     */
    static List<String> uses(String table, String body, java.util.Set<String> tables) {
        List<String> out = new ArrayList<>();
        out.add(table);
        if (body == null) return out;
        String text = stripStringLiterals(body);
        Matcher m = ROW_REFERENCE.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            if (name.startsWith("`")) name = name.substring(1, name.length() - 1).replace("``", "`");
            out.add(table + "." + name);
        }
        if (tables.isEmpty()) return out;
        Matcher id = IDENTIFIER.matcher(text);
        while (id.find()) {
            String name = id.group(1);
            if (name.startsWith("`")) name = name.substring(1, name.length() - 1).replace("``", "`");
            if (!name.equals(table) && tables.contains(name) && !out.contains(name)) out.add(name);
        }
        return out;
    }

    /**
     * Each of {@code tables} an event body names (read from the text as for a trigger's other tables): an event binds
     * them when it runs, so dropping or renaming one leaves an event that fails at every run.
     */
    static List<String> tablesNamed(String body, java.util.Set<String> tables) {
        List<String> out = new ArrayList<>();
        if (body == null || tables.isEmpty()) return out;
        Matcher id = IDENTIFIER.matcher(stripStringLiterals(body));
        while (id.find()) {
            String name = id.group(1);
            if (name.startsWith("`")) name = name.substring(1, name.length() - 1).replace("``", "`");
            if (tables.contains(name) && !out.contains(name)) out.add(name);
        }
        return out;
    }

    private static final Pattern FOR_EACH_ROW = Pattern.compile("(?i)\\bFOR\\s+EACH\\s+ROW\\b");

    /**
     * True when the body of trigger {@code definition} (what follows FOR EACH ROW) names {@code table} other than
     * through NEW./OLD.: a table rename would leave it naming a table that is gone. Read from the text, so a column or
     * variable spelled like the table counts too. True when the definition has no FOR EACH ROW (nothing is assumed).
     */
    static boolean bodyNamesItsTable(String table, String definition) {
        Matcher row = FOR_EACH_ROW.matcher(definition);
        if (!row.find()) return true;
        Matcher id = IDENTIFIER.matcher(stripStringLiterals(definition.substring(row.end())));
        while (id.find()) {
            String name = id.group(1);
            if (name.startsWith("`")) name = name.substring(1, name.length() - 1).replace("``", "`");
            if (name.equalsIgnoreCase(table)) return true;
        }
        return false;
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
