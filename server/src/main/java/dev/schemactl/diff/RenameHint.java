package dev.schemactl.diff;

/**
 * A suspected column rename: in {@code table} (its name in the target schema) a column of the same type
 * was dropped and another added. {@code hint} is exactly what the user would pass to make it a rename,
 * e.g. {@code --rename users.name=full_name}; names keep their case ({@code --rename Album.Title=Name}), and a name
 * that {@link Renames#parse} would split (a dot, a quote, {@code =}, a space) is double-quoted, the argument then
 * single-quoted for the shell ({@code --rename '"Order Lines".qty=quantity'}).
 */
public record RenameHint(String table, String droppedColumn, String addedColumn, String hint) {

    public static RenameHint of(String table, String droppedColumn, String addedColumn) {
        String argument = part(table) + "." + part(droppedColumn) + "=" + part(addedColumn);
        return new RenameHint(table, droppedColumn, addedColumn,
                "--rename " + (argument.contains("\"") ? "'" + argument.replace("'", "'\\''") + "'" : argument));
    }

    /** The argument alone ({@code users.name=full_name}), as {@link Renames#parse} accepts it. */
    public String argument() {
        return part(table) + "." + part(droppedColumn) + "=" + part(addedColumn);
    }

    private static String part(String name) {
        boolean plain = name.chars().noneMatch(c -> c == '.' || c == '"' || c == '=' || c == '\'' || Character.isWhitespace(c));
        return plain ? name : "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
