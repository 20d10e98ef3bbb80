package dev.schemactl.diff;

import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import dev.schemactl.schema.TableName;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Explicit renames the user asked for; the Differ never guesses one.
 *
 * @param tables  old table name → new table name ({@code --rename old=new})
 * @param columns table → (old column → new column) ({@code --rename table.old=new}); the table may be
 *                named by its old or its new name when it is renamed too
 */
public record Renames(Map<String, String> tables, Map<String, Map<String, String>> columns) {

    public static final Renames NONE = new Renames(Map.of(), Map.of());

    public Renames {
        tables = Collections.unmodifiableMap(new TreeMap<>(tables == null ? Map.of() : tables));
        TreeMap<String, Map<String, String>> cols = new TreeMap<>();
        if (columns != null) {
            columns.forEach((t, m) -> cols.put(t, Collections.unmodifiableMap(new TreeMap<>(m))));
        }
        columns = Collections.unmodifiableMap(cols);
    }

    /**
     * Parses {@code old=new} (table) and {@code table.old=new} (column) arguments; a table of another managed schema
     * is named {@code schema.table}: {@code billing.old=billing.new}, {@code billing.items.old=new}. Tables are kept by
     * key ({@link TableName#key()}).
     */
    public static Renames parse(List<String> arguments) {
        Map<String, String> tables = new TreeMap<>();
        Map<String, Map<String, String>> columns = new TreeMap<>();
        for (String argument : arguments) {
            String a = argument.trim();
            int eq = a.indexOf('=');
            if (eq <= 0 || eq == a.length() - 1 || a.indexOf('=', eq + 1) >= 0) throw bad(argument);
            List<String> leftParts = parts(a.substring(0, eq).trim(), argument);
            List<String> rightParts = parts(a.substring(eq + 1).trim(), argument);
            if (rightParts.size() == 2 && leftParts.size() == 2) { // schema.old=schema.new: a table of another schema
                if (!leftParts.get(0).equals(rightParts.get(0))) throw bad(argument);
                if (tables.put(TableName.key(leftParts.get(0), leftParts.get(1)), TableName.key(rightParts.get(0), rightParts.get(1))) != null) {
                    throw duplicate(argument);
                }
                continue;
            }
            if (rightParts.size() != 1 || leftParts.size() > 3) throw bad(argument);
            String right = rightParts.get(0);
            if (leftParts.size() == 1) {
                if (tables.put(leftParts.get(0), right) != null) throw duplicate(argument);
            } else {
                // table.column or schema.table.column: the table by its key
                String table = leftParts.size() == 3 ? TableName.key(leftParts.get(0), leftParts.get(1)) : leftParts.get(0);
                String column = leftParts.get(leftParts.size() - 1);
                if (table.isEmpty() || column.isEmpty() || right.isEmpty()) throw bad(argument);
                if (columns.computeIfAbsent(table, t -> new TreeMap<>()).put(column, right) != null) {
                    throw duplicate(argument);
                }
            }
        }
        return new Renames(tables, columns);
    }

    /**
     * Splits {@code a.b} on dots outside double quotes; a part in double quotes keeps its exact case and may hold
     * dots ({@code "Person".old}, {@code "Order Lines"."Line No"}); {@code ""} inside quotes is one quote. Unquoted
     * parts are taken as written (names keep their case in the model).
     */
    static List<String> parts(String text, String argument) {
        List<String> out = new java.util.ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    part.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == '.' && !quoted) {
                out.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        if (quoted) throw bad(argument);
        out.add(part.toString());
        for (String p : out) if (p.isEmpty()) throw bad(argument);
        return out;
    }

    public Renames withTable(String oldName, String newName) {
        Map<String, String> t = new TreeMap<>(tables);
        t.put(oldName, newName);
        return new Renames(t, columns);
    }

    public Renames withColumn(String table, String oldName, String newName) {
        Map<String, Map<String, String>> c = new TreeMap<>();
        columns.forEach((k, v) -> c.put(k, new TreeMap<>(v)));
        c.computeIfAbsent(table, k -> new TreeMap<>()).put(oldName, newName);
        return new Renames(tables, c);
    }

    /**
     * The hints with tables of {@code firstSchema}, the first managed schema, named as the model names them: bare
     * ({@code app.users.old=new} is {@code users.old=new} when app is the first schema, whose tables have no qualifier).
     */
    public Renames unqualifying(String firstSchema) {
        if (firstSchema == null) return this;
        String prefix = firstSchema + ".";
        java.util.function.UnaryOperator<String> bare = k -> k.startsWith(prefix) ? k.substring(prefix.length()) : k;
        Map<String, String> t = new TreeMap<>();
        tables.forEach((o, n) -> t.put(bare.apply(o), bare.apply(n)));
        Map<String, Map<String, String>> c = new TreeMap<>();
        columns.forEach((k, v) -> c.computeIfAbsent(bare.apply(k), x -> new TreeMap<>()).putAll(v));
        return new Renames(t, c);
    }

    /** The old name of a table that is renamed to {@code newName}, if any. */
    public Optional<String> oldTableName(String newName) {
        return tables.entrySet().stream().filter(e -> e.getValue().equals(newName)).map(Map.Entry::getKey).findFirst();
    }

    /** Column renames of a table, looked up by its new name and by its old name (merged). */
    public Map<String, String> columnsOf(String oldTable, String newTable) {
        if (columns.isEmpty()) return Map.of();
        TreeMap<String, String> out = new TreeMap<>();
        if (columns.containsKey(oldTable)) out.putAll(columns.get(oldTable));
        if (columns.containsKey(newTable)) out.putAll(columns.get(newTable));
        return out;
    }

    private static SchemactlException bad(String argument) {
        return new SchemactlException(ErrorCode.USAGE, "invalid rename '" + argument + "'",
                "use --rename old_table=new_table or --rename table.old_column=new_column"
                        + " (schema.old_table=schema.new_table, schema.table.old_column=new_column outside the default schema)");
    }

    private static SchemactlException duplicate(String argument) {
        return new SchemactlException(ErrorCode.USAGE, "rename '" + argument + "' names a table or column already renamed",
                "give each table or column one --rename");
    }
}
