package dev.schemactl.service;

import dev.schemactl.engine.DatabaseHandle;
import dev.schemactl.engine.SqlRenderer;
import dev.schemactl.schema.Column;
import dev.schemactl.schema.ColumnType;
import dev.schemactl.schema.EnumType;
import dev.schemactl.schema.ForeignKey;
import dev.schemactl.schema.Identity;
import dev.schemactl.schema.Schema;
import dev.schemactl.schema.Table;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

/**
 * A few rows in every table of a shadow database, so that measured statements really rewrite, scan and validate
 * (a rewrite of an empty table proves little). Row i holds i in every number column and "r&lt;i&gt;" in every text
 * column, so a foreign key column finds row i of the table it references. Parents are filled before children; a
 * row the table's checks refuse is tried again with its nullable columns left empty, then skipped.
 */
final class RepresentativeRows {
    static final int ROWS = 3;
    private static final Logger LOG = LoggerFactory.getLogger(RepresentativeRows.class);

    private RepresentativeRows() {
    }

    /** Inserts up to {@link #ROWS} rows per table; returns how many went in. */
    static int seed(DatabaseHandle db, Schema schema) {
        SqlRenderer r = db.engine().renderer();
        // a table the model names without a schema is in the first inspected one, which need not be on the search_path
        List<String> inspected = db.url().inspectedSchemas();
        String defaultSchema = inspected.isEmpty() ? null : inspected.get(0);
        int inserted = 0;
        try (Connection c = db.connection(); Statement st = c.createStatement()) {
            c.setAutoCommit(true);
            for (Table t : parentsFirst(schema)) {
                for (int i = 1; i <= ROWS; i++) {
                    if (insert(st, r, schema, t, defaultSchema, i, true) || insert(st, r, schema, t, defaultSchema, i, false)) inserted++;
                }
            }
        } catch (SQLException e) {
            LOG.warn("could not seed the shadow database: {}", e.getMessage());
        }
        return inserted;
    }

    private static boolean insert(Statement st, SqlRenderer r, Schema schema, Table t, String defaultSchema, int i, boolean withNullable) {
        StringJoiner names = new StringJoiner(", ");
        StringJoiner values = new StringJoiner(", ");
        for (Column col : t.columns()) {
            if (col.generatedExpression() != null) continue;
            if (col.identity() != null && col.identity().kind() == Identity.Kind.ALWAYS) continue;
            if (col.nullable() && !withNullable) continue;
            String literal = fromCheck(t, col, i);
            if (literal == null) literal = literal(col.type(), schema, i);
            if (literal == null) {
                if (col.nullable() || col.defaultExpression() != null) continue;
                return false;
            }
            names.add(r.quote(col.name()));
            values.add(literal);
        }
        String tableSchema = t.schema() != null ? t.schema() : defaultSchema;
        String table = (tableSchema == null ? "" : r.quote(tableSchema) + ".") + r.quote(t.name());
        try {
            st.execute("INSERT INTO " + table + " (" + names + ") VALUES (" + values + ")");
            return true;
        } catch (SQLException e) {
            LOG.debug("representative row {} of {} refused: {}", i, t.name(), e.getMessage());
            return false;
        }
    }

    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("'((?:[^']|'')*)'");

    /**
     * A text column a CHECK names with quoted values ({@code status IN ('NEW', 'PAID')}, an enum spelled as a check):
     * one of those values, else null.
     */
    private static String fromCheck(Table t, Column col, int i) {
        switch (col.type().kind()) {
            case CHAR, VARCHAR, TEXT, CLOB -> { }
            default -> {
                return null;
            }
        }
        java.util.regex.Pattern named = java.util.regex.Pattern.compile("(?i)(^|[^\\w])\"?" + java.util.regex.Pattern.quote(col.name()) + "\"?($|[^\\w])");
        for (var check : t.checks()) {
            if (check.expression() == null || !named.matcher(check.expression()).find()) continue;
            List<String> values = new ArrayList<>();
            java.util.regex.Matcher m = QUOTED.matcher(check.expression());
            while (m.find()) values.add(m.group(1));
            if (!values.isEmpty()) return "'" + values.get((i - 1) % values.size()) + "'";
        }
        return null;
    }

    /** A literal both engines read for row {@code i}, or null when the type is unknown. */
    static String literal(ColumnType type, Schema schema, int i) {
        Integer length = type.length();
        return switch (type.kind()) {
            case BOOLEAN -> i % 2 == 0 ? "FALSE" : "TRUE";
            case TINYINT, SMALLINT, INTEGER, BIGINT, DECIMAL -> String.valueOf(i);
            case REAL, DOUBLE -> i + ".5";
            case CHAR, VARCHAR, TEXT, CLOB, BINARY, VARBINARY, BLOB ->
                    "'" + (length != null && length < 3 ? String.valueOf(i) : "r" + i) + "'";
            case DATE -> "'2020-01-0" + i + "'";
            case TIME -> "'0" + i + ":00:00'";
            case TIMESTAMP -> "'2020-01-0" + i + " 00:00:00'";
            case TIMESTAMP_TZ -> "'2020-01-0" + i + " 00:00:00+00:00'";
            case UUID -> "'00000000-0000-0000-0000-00000000000" + i + "'";
            case JSON, JSONB -> "'{\"r\": " + i + "}'";
            case ENUM -> type.enumValues().isEmpty() ? null : "'" + type.enumValues().get((i - 1) % type.enumValues().size()).replace("'", "''") + "'";
            case OTHER -> userEnum(type, schema, i);
        };
    }

    private static String userEnum(ColumnType type, Schema schema, int i) {
        if (type.raw() == null) return null;
        String raw = type.raw().replace("\"", "");
        String name = raw.contains(".") ? raw.substring(raw.lastIndexOf('.') + 1) : raw;
        // billing.state is billing's type, state the default schema's: a same-named type of the other has other values
        String typeSchema = raw.contains(".") ? raw.substring(0, raw.lastIndexOf('.')) : null;
        return schema.enumTypes().stream().filter(e -> e.name().equals(name) && java.util.Objects.equals(e.schema(), typeSchema))
                .findFirst().map(EnumType::values)
                .filter(v -> !v.isEmpty()).map(v -> "'" + v.get((i - 1) % v.size()).replace("'", "''") + "'").orElse(null);
    }

    /** Tables in an order where each comes after the tables its foreign keys reference (cycles: as listed). */
    private static List<Table> parentsFirst(Schema schema) {
        Set<String> placed = new LinkedHashSet<>();
        List<Table> out = new ArrayList<>();
        List<Table> left = new ArrayList<>(schema.tables());
        while (!left.isEmpty()) {
            boolean progress = false;
            for (var it = left.iterator(); it.hasNext(); ) {
                Table t = it.next();
                // by key: billing.items and items are two tables
                boolean ready = t.foreignKeys().stream().map(ForeignKey::referencedKey)
                        .allMatch(ref -> ref.equals(t.key()) || placed.contains(ref) || schema.tables().stream().noneMatch(x -> x.key().equals(ref)));
                if (ready) {
                    out.add(t);
                    placed.add(t.key());
                    it.remove();
                    progress = true;
                }
            }
            if (!progress) {
                out.addAll(left);
                break;
            }
        }
        return out;
    }
}
