package dev.schemactl.engine.mariadb;

import dev.schemactl.schema.Column;

/**
 * A nullable column that becomes NOT NULL with a default: its NULLs take the default first. MariaDB's strict
 * {@code MODIFY COLUMN ... NOT NULL} rejects a table that holds NULLs ('Data truncated'), and in non-strict mode it
 * would fill them with the type's implicit value ('' or 0), not the column's default. {@code SET c = DEFAULT} uses the
 * default the column has then, which the plan sets before the NOT NULL.
 */
final class NotNullBackfill {

    private NotNullBackfill() {
    }

    static boolean applies(Column before, Column after) {
        return before.nullable() && !after.nullable() && after.defaultExpression() != null
                && after.generatedExpression() == null;
    }

    static String update(String quotedTable, String quotedColumn) {
        return "UPDATE " + quotedTable + " SET " + quotedColumn + " = DEFAULT WHERE " + quotedColumn + " IS NULL";
    }
}
