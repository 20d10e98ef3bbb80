package dev.schemactl.engine.mariadb;

/**
 * Foreign key names as InnoDB keeps them: an unnamed key is {@code <table>_ibfk_<n>}, and RENAME TABLE renames it
 * with the table ({@code c_ibfk_1} becomes {@code child_ibfk_1}), so on a renamed table that name is the same key's.
 */
final class MariaDbForeignKeyNames {
    private static final String AUTO = "_ibfk_";

    private MariaDbForeignKeyNames() {
    }

    static boolean same(String fromTable, String fromName, String toTable, String toName) {
        if (fromName.equals(toName)) return true;
        String prefix = fromTable + AUTO;
        return !fromTable.equals(toTable) && fromName.startsWith(prefix)
                && toName.equals(toTable + AUTO + fromName.substring(prefix.length()));
    }
}
