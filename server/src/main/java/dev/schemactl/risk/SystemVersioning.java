package dev.schemactl.risk;

import dev.schemactl.schema.Column;

/** What the rules read of MariaDB's system versioning: a table's options say it, a row start / end column belongs to it. */
final class SystemVersioning {
    private SystemVersioning() {
    }

    /** True when a MariaDB table's options (as the model carries them) make it system-versioned. */
    static boolean versioned(String options) {
        return options != null && options.contains("WITH SYSTEM VERSIONING");
    }

    static boolean rowStartOrEnd(Column c) {
        return c.generatedKind() != null && c.generatedKind().rowStartOrEnd();
    }
}
