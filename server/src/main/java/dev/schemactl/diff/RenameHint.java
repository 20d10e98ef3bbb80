package dev.schemactl.diff;

/**
 * A suspected column rename: in {@code table} (its name in the target schema) a column of the same type
 * was dropped and another added. {@code hint} is exactly what the user would pass to make it a rename,
 * e.g. {@code --rename users.name=full_name}.
 */
public record RenameHint(String table, String droppedColumn, String addedColumn, String hint) {

    public static RenameHint of(String table, String droppedColumn, String addedColumn) {
        return new RenameHint(table, droppedColumn, addedColumn,
                "--rename " + table + "." + droppedColumn + "=" + addedColumn);
    }

    /** The argument alone ({@code users.name=full_name}), as {@link Renames#parse} accepts it. */
    public String argument() {
        return table + "." + droppedColumn + "=" + addedColumn;
    }
}
