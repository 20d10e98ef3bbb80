package dev.schemactl.engine.mariadb;

/**
 * A key's method ({@code Index.method}, {@code PrimaryKey.method}) from information_schema.STATISTICS.INDEX_TYPE, relative to its table's
 * engine: null is the engine's default. MEMORY's default is HASH, so there a BTREE key is {@code btree} (it serves
 * range scans, a HASH key does not). Elsewhere (InnoDB, Aria, MyISAM) the default is BTREE, and a HASH key is
 * {@code hash}: a long unique key (MariaDB 10.4+), which the server makes for a UNIQUE key on TEXT/BLOB or one too
 * long for a B-tree, or for an explicit {@code UNIQUE ... USING HASH}; it checks uniqueness through a hash of the
 * values and serves no range scan. (An explicit {@code USING HASH} on a non-unique key of those engines builds a
 * B-tree and reads BTREE.) FULLTEXT and SPATIAL keys are {@code fulltext} / {@code spatial}. SQL is written the other
 * way round by {@link MariaDbRenderer}: {@code USING BTREE} / {@code USING HASH} after the key's columns.
 */
final class MariaDbIndexMethods {
    private MariaDbIndexMethods() {
    }

    static String read(String indexType, String engine) {
        boolean memory = "MEMORY".equalsIgnoreCase(engine);
        return switch (indexType) {
            case "FULLTEXT" -> "fulltext";
            case "SPATIAL" -> "spatial";
            case "BTREE" -> memory ? "btree" : null;
            case "HASH" -> memory ? null : "hash";
            default -> null;
        };
    }

    /** {@code USING BTREE} / {@code USING HASH}; FULLTEXT and SPATIAL are kinds of key, written before KEY/INDEX. */
    static boolean writtenAsUsing(String method) {
        return "btree".equals(method) || "hash".equals(method);
    }
}
