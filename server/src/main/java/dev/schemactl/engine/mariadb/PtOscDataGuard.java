package dev.schemactl.engine.mariadb;

import dev.schemactl.engine.SqlText;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * pt-online-schema-change copies rows with INSERT IGNORE: where a plain ALTER fails on a row that does not fit, the
 * copy silently clamps the value, truncates it, turns a NULL into a zero or drops the row (a duplicate under a new
 * unique key, a row a new CHECK or foreign key rejects). This guard lets an ALTER go through pt-osc only when that
 * cannot happen: each clause is one that keeps every row and value (adding a column or a plain index, dropping
 * something, a default, a table option), or a MODIFY/CHANGE whose new type, length and nullability the existing
 * rows are checked to fit. Anything else is refused with the reason.
 */
final class PtOscDataGuard {
    private static final Pattern KEEPS_ROWS = Pattern.compile("(?is)\\s*(DROP\\s+.*"
            + "|ADD\\s+(INDEX|KEY|FULLTEXT|SPATIAL)\\b.*"
            + "|ALTER\\s+(COLUMN\\s+)?\\S+\\s+(SET\\s+DEFAULT|DROP\\s+DEFAULT)\\b.*"
            + "|(COMMENT|ENGINE|AUTO_INCREMENT|ROW_FORMAT|KEY_BLOCK_SIZE|STATS_\\w+)\\s*=?.*)");
    private static final Pattern ADD_COLUMN = Pattern.compile("(?is)\\s*ADD\\s+(COLUMN\\s+)?(?!CONSTRAINT\\b|UNIQUE\\b|PRIMARY\\b|CHECK\\b|FOREIGN\\b|INDEX\\b|KEY\\b|FULLTEXT\\b|SPATIAL\\b|PERIOD\\b)(.*)");
    private static final Pattern MODIFY = Pattern.compile(
            "(?is)\\s*(?:MODIFY\\s+(?:COLUMN\\s+)?(?:IF\\s+EXISTS\\s+)?(`[^`]+`|\\w+)|CHANGE\\s+(?:COLUMN\\s+)?(?:IF\\s+EXISTS\\s+)?(`[^`]+`|\\w+)\\s+(?:`[^`]+`|\\w+))\\s+(.*)");
    private static final Pattern TYPE = Pattern.compile("(?is)\\s*(\\w+)\\s*(?:\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\))?\\s*(UNSIGNED)?.*");
    private static final List<String> INTEGERS = List.of("tinyint", "smallint", "mediumint", "int", "integer", "bigint");
    private static final Map<String, Long> TEXT_BYTES = Map.of("tinytext", 255L, "text", 65_535L,
            "mediumtext", 16_777_215L, "longtext", 4_294_967_295L);

    private PtOscDataGuard() {
    }

    /** Why pt-osc could lose data with this ALTER on {@code table}, or empty when every row keeps every value. */
    static Optional<String> risk(Connection c, String table, String alterClauses) throws SQLException {
        List<String> violations = new ArrayList<>();
        for (String clause : SqlText.clauses(alterClauses)) {
            if (KEEPS_ROWS.matcher(clause).matches()) continue;
            Matcher add = ADD_COLUMN.matcher(clause);
            if (add.matches()) {
                if (Pattern.compile("(?i)\\b(UNIQUE|PRIMARY|CHECK|REFERENCES)\\b").matcher(add.group(2)).find()) {
                    return Optional.of("`" + clause.trim() + "` adds a key or check that existing rows may break");
                }
                continue;
            }
            Matcher modify = MODIFY.matcher(clause);
            if (!modify.matches()) {
                return Optional.of("`" + clause.trim() + "` may reject existing rows, which pt-osc's copy would drop");
            }
            String column = (modify.group(1) != null ? modify.group(1) : modify.group(2)).replace("`", "");
            Optional<String> check = violationOf(c, table, column, modify.group(3));
            if (check.isEmpty()) {
                return Optional.of("`" + clause.trim() + "` converts " + column + " in a way whose fit cannot be checked");
            }
            if (!check.get().isEmpty()) violations.add(check.get());
        }
        if (violations.isEmpty()) return Optional.empty();
        String where = String.join(" OR ", violations);
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT 1 FROM " + quote(table) + " WHERE " + where + " LIMIT 1")) {
            if (rs.next()) return Optional.of("rows of " + table + " do not fit the new definition (" + where + ")");
        }
        return Optional.empty();
    }

    /**
     * The SQL condition a row breaks under the new column definition ("" when none can), or empty when the
     * conversion is not one this guard can check.
     */
    private static Optional<String> violationOf(Connection c, String table, String column, String definition) throws SQLException {
        String dataType;
        String columnType;
        boolean nullable;
        try (PreparedStatement ps = c.prepareStatement("SELECT DATA_TYPE, COLUMN_TYPE, IS_NULLABLE FROM information_schema.COLUMNS "
                + "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND COLUMN_NAME = ?")) {
            ps.setString(1, table);
            ps.setString(2, column);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                dataType = rs.getString(1).toLowerCase(Locale.ROOT);
                columnType = rs.getString(2).toLowerCase(Locale.ROOT);
                nullable = "YES".equals(rs.getString(3));
            }
        }
        String lower = definition.toLowerCase(Locale.ROOT);
        if (lower.matches("(?s).*\\b(character\\s+set|charset|collate|as\\s*\\()\\b.*")) return Optional.empty();
        Matcher type = TYPE.matcher(definition);
        if (!type.matches()) return Optional.empty();
        String to = type.group(1).toLowerCase(Locale.ROOT);
        String col = quote(column);
        List<String> breaks = new ArrayList<>();
        if (nullable && lower.matches("(?s).*\\bnot\\s+null\\b.*")) breaks.add(col + " IS NULL");
        if (INTEGERS.contains(to) && (INTEGERS.contains(dataType) || dataType.equals("decimal"))) {
            int bits = switch (to) {
                case "tinyint" -> 8;
                case "smallint" -> 16;
                case "mediumint" -> 24;
                case "int", "integer" -> 32;
                default -> 64;
            };
            boolean unsigned = type.group(4) != null;
            String min = unsigned ? "0" : new java.math.BigInteger("2").pow(bits - 1).negate().toString();
            String max = (unsigned ? new java.math.BigInteger("2").pow(bits) : new java.math.BigInteger("2").pow(bits - 1))
                    .subtract(java.math.BigInteger.ONE).toString();
            breaks.add("(" + col + " < " + min + " OR " + col + " > " + max + ")");
            if (dataType.equals("decimal")) breaks.add(col + " <> ROUND(" + col + ")");
        } else if ((to.equals("varchar") || to.equals("char")) && type.group(2) != null
                && (dataType.endsWith("char") || dataType.endsWith("text"))) {
            breaks.add("CHAR_LENGTH(" + col + ") > " + type.group(2));
        } else if (TEXT_BYTES.containsKey(to) && (dataType.endsWith("char") || dataType.endsWith("text"))) {
            breaks.add("LENGTH(" + col + ") > " + TEXT_BYTES.get(to));
        } else if (to.equals("decimal") && (dataType.equals("decimal") || INTEGERS.contains(dataType))) {
            int precision = type.group(2) == null ? 10 : Integer.parseInt(type.group(2));
            int scale = type.group(3) == null ? 0 : Integer.parseInt(type.group(3));
            breaks.add("ABS(" + col + ") >= POW(10, " + (precision - scale) + ")");
            breaks.add(col + " <> ROUND(" + col + ", " + scale + ")");
        } else if (!sameType(columnType, definition)) {
            return Optional.empty();
        }
        return Optional.of(String.join(" OR ", breaks));
    }

    /** The definition starts with the column's current type (a MODIFY that changes nullability, default or comment). */
    private static boolean sameType(String columnType, String definition) {
        String current = withoutDisplayWidth(columnType.trim().toLowerCase(Locale.ROOT));
        String def = withoutDisplayWidth(definition.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
        return def.equals(current) || def.startsWith(current + " ");
    }

    private static String withoutDisplayWidth(String type) {
        return type.replaceFirst("^(tinyint|smallint|mediumint|int|integer|bigint)\\(\\d+\\)", "$1");
    }

    private static String quote(String name) {
        return "`" + name.replace("`", "``") + "`";
    }
}
