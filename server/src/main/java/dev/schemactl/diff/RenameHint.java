package dev.schemactl.diff;

import dev.schemactl.schema.TableName;

/**
 * A suspected column rename: in {@code table} (its name in the target schema) a column of the same type
 * was dropped and another added. {@code hint} is exactly what the user would pass to make it a rename,
 * e.g. {@code --rename users.name=full_name}; names keep their case ({@code --rename Album.Title=Name}), and a name
 * that {@link Renames#parse} would split (a dot, a quote, {@code =}, a space) is double-quoted, the argument then
 * single-quoted for the shell ({@code --rename '"Order Lines".qty=quantity'}).
 */
public record RenameHint(String table, String droppedColumn, String addedColumn, String hint) {

    public static RenameHint of(String table, String droppedColumn, String addedColumn) {
        return of(new TableName(null, table), droppedColumn, addedColumn);
    }

    /** A hint for a table of any schema: {@code table} is then its key, the argument names it {@code schema.table}. */
    public static RenameHint of(TableName table, String droppedColumn, String addedColumn) {
        String argument = argument(table, droppedColumn, addedColumn);
        return new RenameHint(table.key(), droppedColumn, addedColumn,
                "--rename " + (argument.contains("\"") ? "'" + argument.replace("'", "'\\''") + "'" : argument));
    }

    /** The argument alone ({@code users.name=full_name}), as {@link Renames#parse} accepts it. */
    public String argument() {
        if (hint == null || !hint.startsWith("--rename ")) return argument(new TableName(null, table), droppedColumn, addedColumn);
        String quoted = hint.substring("--rename ".length());
        return quoted.startsWith("'") ? quoted.substring(1, quoted.length() - 1).replace("'\\''", "'") : quoted;
    }

    private static String argument(TableName table, String droppedColumn, String addedColumn) {
        return (table.schema() == null ? "" : part(table.schema()) + ".") + part(table.name()) + "." + part(droppedColumn)
                + "=" + part(addedColumn);
    }

    private static String part(String name) {
        boolean plain = name.chars().noneMatch(c -> c == '.' || c == '"' || c == '=' || c == '\'' || Character.isWhitespace(c));
        return plain ? name : "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
