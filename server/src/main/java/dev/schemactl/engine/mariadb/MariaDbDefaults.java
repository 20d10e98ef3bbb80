package dev.schemactl.engine.mariadb;

import dev.schemactl.engine.SqlText;
import dev.schemactl.schema.ColumnType;
import dev.schemactl.schema.TypeKind;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalizes a MariaDB (10.2.7+) {@code information_schema.COLUMNS.COLUMN_DEFAULT} to a plain SQL expression.
 * That column already reports literals quoted ({@code 'abc'}), numbers bare ({@code -1.50}) and
 * expressions as written ({@code curdate()}), so the rules are few:
 * <ul>
 *   <li>SQL NULL (no default) and the unquoted text {@code NULL} (DEFAULT NULL) → null;</li>
 *   <li>{@code current_timestamp()} → {@code current_timestamp}; so does {@code current_timestamp(6)} on a column of
 *       fractional precision 6 (MariaDB stores a plain DEFAULT CURRENT_TIMESTAMP at the column's precision);
 *       another precision stays ({@code current_timestamp(3)});</li>
 *   <li>boolean columns (tinyint(1), bit(1)): {@code 1}, {@code b'1'}, {@code '1'} → {@code true};
 *       {@code 0}, {@code b'0'}, {@code '0'} → {@code false};</li>
 *   <li>a string literal is written the standard way, quotes doubled: {@code 'it\'s'} → {@code 'it''s'};</li>
 *   <li>a time or datetime literal loses the all-zero fraction MariaDB pads it to the column's precision with:
 *       {@code '10:00:00.000000'} → {@code '10:00:00'};</li>
 *   <li>everything outside string literals and quoted identifiers is lower-cased.</li>
 * </ul>
 * Auto-increment and generated columns get no default at all; the inspector decides that before calling here.
 */
final class MariaDbDefaults {
    private MariaDbDefaults() {
    }

    /** The end of {@code '2020-01-01 10:00:00.000'}: a fraction of zeros after a time of day. */
    private static final Pattern ZERO_FRACTION = Pattern.compile("(?<=\\d\\d:\\d\\d:\\d\\d)\\.0+'$");

    private static boolean temporal(ColumnType type) {
        return type != null && (type.kind() == TypeKind.TIME || type.kind() == TypeKind.TIMESTAMP || type.kind() == TypeKind.TIMESTAMP_TZ);
    }

    private static final Pattern CURRENT_TIMESTAMP_CALL = Pattern.compile("current_timestamp\\(\\s*\\)");

    /** Re-quotes a MariaDB string literal (backslash escapes, doubled quotes) with doubled quotes only. */
    static String standardLiteral(String literal) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i < literal.length() - 1; i++) {
            char c = literal.charAt(i);
            if (c == '\\' && i + 1 < literal.length() - 1) {
                char e = literal.charAt(++i);
                text.append(switch (e) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    case '0' -> '\0';
                    case 'b' -> '\b';
                    case 'Z' -> (char) 26;
                    default -> e;
                });
            } else if (c == '\'' && i + 1 < literal.length() - 1 && literal.charAt(i + 1) == '\'') {
                text.append('\'');
                i++;
            } else {
                text.append(c);
            }
        }
        return "'" + text.toString().replace("'", "''") + "'";
    }

    static String normalize(String columnDefault, ColumnType type) {
        if (columnDefault == null || columnDefault.isBlank()) return null;
        String s = columnDefault.trim();
        if (s.equalsIgnoreCase("null")) return null;
        if (type != null && type.kind() == TypeKind.BOOLEAN) {
            switch (s.toLowerCase(Locale.ROOT)) {
                case "1", "b'1'", "'1'", "true" -> {
                    return "true";
                }
                case "0", "b'0'", "'0'", "false" -> {
                    return "false";
                }
                default -> { }
            }
        }
        if (SqlText.isStringLiteral(s, true)) {
            String literal = standardLiteral(s);
            return temporal(type) ? ZERO_FRACTION.matcher(literal).replaceFirst("'") : literal;
        }
        s = SqlText.lowerOutsideQuotes(s, true);
        if (type != null && type.precision() != null && (type.kind() == TypeKind.TIMESTAMP || type.kind() == TypeKind.TIMESTAMP_TZ)) {
            s = s.replace("current_timestamp(" + type.precision() + ")", "current_timestamp()");
        }
        return CURRENT_TIMESTAMP_CALL.matcher(s).replaceAll("current_timestamp");
    }
}
