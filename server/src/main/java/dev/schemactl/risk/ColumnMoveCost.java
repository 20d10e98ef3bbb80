package dev.schemactl.risk;

import dev.schemactl.schema.Column;
import dev.schemactl.schema.Table;

import java.util.Locale;

/**
 * Whether MariaDB/MySQL can move a column ({@code MODIFY COLUMN ... AFTER x | FIRST}) without rebuilding the table:
 * InnoDB reorders columns in the metadata only (ALGORITHM=INSTANT) since MariaDB 10.4 and MySQL 8.0.29, but not a
 * generated column (copied), nor in a table with a FULLTEXT index or ROW_FORMAT=COMPRESSED (rebuilt in place), nor in a
 * table of another engine (copied). Checked against the server (10.11): each case as said.
 */
final class ColumnMoveCost {

    private ColumnMoveCost() {
    }

    /** Why the move is instant (for the finding's message), or null when the table is rebuilt or copied. */
    static String instant(RiskFacts facts, Table table, Column column) {
        boolean instantServer = facts.mysql() ? facts.atLeast(8, 0) && (facts.major() > 8 || facts.minor() > 0 || patch(facts) >= 29)
                : facts.atLeast(10, 4);
        if (!instantServer || column == null || column.generatedExpression() != null || table == null) return null;
        // hand-written SQL may restate a generated column in a way the parser does not read: the live one says it too
        if (table.columns().stream().anyMatch(c -> c.name().equalsIgnoreCase(column.name()) && c.generatedExpression() != null)) return null;
        String options = table.options() == null ? "" : table.options().toUpperCase(Locale.ROOT);
        if (options.contains("ROW_FORMAT=COMPRESSED")) return null;
        if (options.startsWith("ENGINE=") && !options.startsWith("ENGINE=INNODB")) return null;
        if (table.indexes().stream().anyMatch(i -> "fulltext".equalsIgnoreCase(i.method()))) return null;
        return facts.describe() + " reorders InnoDB columns in place (ALGORITHM=INSTANT)";
    }

    /** The third part of a MySQL version ("8.0.35" → 35); 0 when unknown. */
    private static int patch(RiskFacts facts) {
        String[] parts = facts.version() == null ? new String[0] : facts.version().split("[.-]");
        try {
            return parts.length > 2 ? Integer.parseInt(parts[2]) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
