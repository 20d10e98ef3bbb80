package dev.schemactl.engine.h2;

import dev.schemactl.engine.SqlText;

import java.util.regex.Pattern;

/**
 * Normalizes an H2 2.x {@code INFORMATION_SCHEMA.COLUMNS.COLUMN_DEFAULT} (H2 re-renders the expression
 * it parsed) to a plain SQL expression:
 * <ul>
 *   <li>null, blank and {@code NULL} → null (no default);</li>
 *   <li>typed literals keep their type keyword ({@code DATE '2020-01-01'} → {@code date '2020-01-01'}): H2 keeps a
 *       plain {@code '2020-01-01'} as a character string converted on each insert, a different default in the catalog,
 *       and on a JSON column {@code '{}'} is the JSON string {@code "{}"}, not the object {@code JSON '{}'};</li>
 *   <li>quoted plain upper-case identifiers are unquoted and lower-cased: {@code "PUBLIC"."SEQ"} →
 *       {@code public.seq};</li>
 *   <li>everything outside string literals is lower-cased: {@code CURRENT_TIMESTAMP} →
 *       {@code current_timestamp}, {@code TRUE} → {@code true}, {@code RANDOM_UUID()} → {@code random_uuid()}.</li>
 * </ul>
 * Identity and generated columns get no default; the inspector decides that before calling here.
 */
final class H2Defaults {
    private H2Defaults() {
    }

    private static final Pattern UPPER_IDENTIFIER = Pattern.compile("\"[A-Z_][A-Z0-9_]*\"");

    static String normalize(String columnDefault) {
        if (columnDefault == null || columnDefault.isBlank()) return null;
        String s = columnDefault.trim();
        if (s.equalsIgnoreCase("null")) return null;
        if (SqlText.isStringLiteral(s, false)) return s;
        return SqlText.lowerOutsideQuotes(unquoteUpperIdentifiers(s), false);
    }

    /** {@code "FOO"} → {@code FOO} outside string literals, when FOO is a plain upper-case identifier. */
    private static String unquoteUpperIdentifiers(String sql) {
        StringBuilder out = new StringBuilder(sql.length());
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                int end = SqlText.endOfQuoted(sql, i, false);
                String run = sql.substring(i, end);
                out.append(c == '"' && UPPER_IDENTIFIER.matcher(run).matches() ? run.substring(1, run.length() - 1) : run);
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
