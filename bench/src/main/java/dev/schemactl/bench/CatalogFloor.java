package dev.schemactl.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The floor: the least a bulk inspector can do. Five raw pg_catalog queries fetch the facts schemactl's
 * inspector reads (columns with types, defaults, nullability, identity/generated flags; primary key,
 * unique, foreign key and check constraints with their columns; indexes with their columns; sequences;
 * table and column comments), and every value of every row is read as a string and hashed. No model is
 * built, nothing is sorted, normalized, filtered or diffed. The harness runs it on its own connection with
 * {@code jit = off}, so it never pays for JIT compilation either.
 */
final class CatalogFloor {
    private CatalogFloor() {
    }

    static final String COLUMNS = """
            SELECT c.relname, a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod), a.attnotnull,
                   pg_catalog.pg_get_expr(d.adbin, d.adrelid), a.attidentity, a.attgenerated
            FROM pg_catalog.pg_attribute a
            JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
              AND a.attnum > 0 AND NOT a.attisdropped
            """;

    static final String CONSTRAINTS = """
            SELECT c.relname, con.conname, con.contype,
                   ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
                         JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
                         ORDER BY k.ord),
                   ref.relname,
                   ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, ord)
                         JOIN pg_catalog.pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum
                         ORDER BY k.ord),
                   con.confdeltype, con.confupdtype,
                   CASE WHEN con.contype = 'c' THEN pg_catalog.pg_get_constraintdef(con.oid) END
            FROM pg_catalog.pg_constraint con
            JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_catalog.pg_class ref ON ref.oid = con.confrelid
            WHERE n.nspname = current_schema() AND con.contype IN ('p', 'u', 'f', 'c')
            """;

    static final String INDEXES = """
            SELECT c.relname, i.relname, x.indisunique, x.indisprimary,
                   ARRAY(SELECT a.attname FROM unnest(x.indkey) WITH ORDINALITY AS k(attnum, ord)
                         JOIN pg_catalog.pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.attnum
                         ORDER BY k.ord),
                   x.indoption
            FROM pg_catalog.pg_index x
            JOIN pg_catalog.pg_class c ON c.oid = x.indrelid
            JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
            """;

    static final String SEQUENCES = """
            SELECT s.relname, q.seqstart, q.seqincrement
            FROM pg_catalog.pg_sequence q
            JOIN pg_catalog.pg_class s ON s.oid = q.seqrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = s.relnamespace
            WHERE n.nspname = current_schema()
            """;

    static final String COMMENTS = """
            SELECT c.relname, d.objsubid, d.description
            FROM pg_catalog.pg_description d
            JOIN pg_catalog.pg_class c ON c.oid = d.objoid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE d.classoid = 'pg_catalog.pg_class'::regclass AND n.nspname = current_schema()
              AND c.relkind IN ('r', 'p')
            """;

    private static final String[] QUERIES = {COLUMNS, CONSTRAINTS, INDEXES, SEQUENCES, COMMENTS};

    /** Runs the five queries, reading every value; returns a hash of everything read. */
    static long fetch(Connection connection) throws SQLException {
        long hash = 17;
        try (Statement st = connection.createStatement()) {
            for (String query : QUERIES) {
                try (ResultSet rs = st.executeQuery(query)) {
                    int width = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= width; i++) {
                            String value = rs.getString(i);
                            hash = hash * 31 + (value == null ? 0 : value.hashCode());
                        }
                    }
                }
            }
        }
        return hash;
    }
}
