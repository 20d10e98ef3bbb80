package dev.schemactl.engine.mariadb;

/**
 * A column of a system-versioned table left out of its history ({@code WITHOUT SYSTEM VERSIONING}): the catalog says
 * so in COLUMNS.EXTRA, the model carries it among the column's physical {@link dev.schemactl.schema.Column#options()
 * options} (after {@code COMPRESSED} when both are there), and a column definition states it: a MODIFY without it
 * puts the column back under versioning, so every MODIFY restates it.
 */
final class MariaDbColumnVersioning {
    static final String OPTION = "WITHOUT SYSTEM VERSIONING";

    private MariaDbColumnVersioning() {
    }

    /** The column's physical options: its compression (COLUMN_TYPE) and its versioning (EXTRA, lower case); null for none. */
    static String options(String columnType, String extra) {
        String compressed = MariaDbColumnCompression.options(columnType);
        boolean without = extra != null && extra.contains(OPTION.toLowerCase(java.util.Locale.ROOT));
        if (!without) return compressed;
        return compressed == null ? OPTION : compressed + " " + OPTION;
    }

    /** What a column definition says for it: {@code " WITHOUT SYSTEM VERSIONING"} or nothing. */
    static String clause(String options) {
        return options != null && options.contains(OPTION) ? " " + OPTION : "";
    }
}
