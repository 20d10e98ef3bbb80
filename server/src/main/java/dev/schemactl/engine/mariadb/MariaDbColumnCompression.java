package dev.schemactl.engine.mariadb;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MariaDB's {@code COMPRESSED} column attribute (10.3+; blob, text, varchar and varbinary columns, zlib being its only
 * method): the catalog appends it to COLUMN_TYPE as a versioned comment ({@code blob /*M!100301 COMPRESSED*}{@code /}),
 * the model carries it as the column's physical {@link dev.schemactl.schema.Column#options() options} {@value #OPTION},
 * and a column definition states it right after the type (a MODIFY without it uncompresses the column).
 */
final class MariaDbColumnCompression {
    static final String OPTION = "COMPRESSED";

    private static final Pattern IN_COLUMN_TYPE = Pattern.compile(
            "\\s*(?:/\\*M?!\\d*\\s*)?COMPRESSED(?:\\s*=\\s*\\w+)?(?:\\s*\\*/)?", Pattern.CASE_INSENSITIVE);

    private MariaDbColumnCompression() {
    }

    /** The column's options read from its COLUMN_TYPE: {@value #OPTION} or null. */
    static String options(String columnType) {
        return columnType != null && IN_COLUMN_TYPE.matcher(columnType).find() ? OPTION : null;
    }

    /** COLUMN_TYPE without the attribute: the type itself. */
    static String type(String columnType) {
        if (columnType == null) return null;
        Matcher m = IN_COLUMN_TYPE.matcher(columnType);
        return m.find() ? m.replaceAll("").strip() : columnType;
    }

    /** What a column definition says after its type: {@code " COMPRESSED"} or nothing. */
    static String clause(String options) {
        return options != null && (options.equals(OPTION) || options.startsWith(OPTION + " ")) ? " " + OPTION : "";
    }
}
