package dev.schemactl.engine.mariadb;

import dev.schemactl.engine.TypeNames;
import dev.schemactl.engine.TypeSpelling;
import dev.schemactl.schema.ColumnType;
import dev.schemactl.schema.TypeKind;

import java.util.stream.Collectors;

/**
 * MariaDB/MySQL types. Display widths (int(11)) are ignored; bit(1) and tinyint(1) are booleans;
 * datetime/time without a precision mean 0.
 */
public final class MariaDbTypeNames implements TypeNames {
    public static final MariaDbTypeNames INSTANCE = new MariaDbTypeNames();

    @Override
    public ColumnType parse(String spelling) {
        TypeSpelling t = TypeSpelling.of(spelling);
        return switch (t.base()) {
            case "bit", "bool", "boolean" -> t.intArg(0) == null || t.intArg(0) == 1 ? ColumnType.of(TypeKind.BOOLEAN)
                    : ColumnType.other(spelling.trim().toLowerCase());
            case "tinyint" -> Integer.valueOf(1).equals(t.intArg(0)) ? ColumnType.of(TypeKind.BOOLEAN) : ColumnType.of(TypeKind.TINYINT);
            case "smallint" -> ColumnType.of(TypeKind.SMALLINT);
            case "int", "integer", "mediumint" -> ColumnType.of(TypeKind.INTEGER);
            case "bigint" -> ColumnType.of(TypeKind.BIGINT);
            case "decimal", "numeric", "dec" -> ColumnType.decimal(t.intArg(0) == null ? 10 : t.intArg(0), t.intArg(1) == null ? 0 : t.intArg(1));
            case "float" -> t.intArg(0) != null && t.intArg(0) > 24 ? ColumnType.of(TypeKind.DOUBLE) : ColumnType.of(TypeKind.REAL);
            case "real", "double", "double precision" -> ColumnType.of(TypeKind.DOUBLE);
            case "char", "character" -> ColumnType.sized(TypeKind.CHAR, t.intArg(0) == null ? 1 : t.intArg(0));
            case "varchar", "character varying" -> ColumnType.sized(TypeKind.VARCHAR, t.intArg(0) == null ? 255 : t.intArg(0));
            case "tinytext", "text", "mediumtext" -> ColumnType.of(TypeKind.TEXT);
            case "longtext" -> ColumnType.of(TypeKind.CLOB);
            case "binary" -> ColumnType.sized(TypeKind.BINARY, t.intArg(0) == null ? 1 : t.intArg(0));
            case "varbinary" -> ColumnType.sized(TypeKind.VARBINARY, t.intArg(0) == null ? 255 : t.intArg(0));
            case "tinyblob", "blob", "mediumblob", "longblob" -> ColumnType.of(TypeKind.BLOB);
            case "date" -> ColumnType.of(TypeKind.DATE);
            case "time" -> ColumnType.temporal(TypeKind.TIME, t.intArg(0) == null ? 0 : t.intArg(0));
            case "datetime" -> ColumnType.temporal(TypeKind.TIMESTAMP, t.intArg(0) == null ? 0 : t.intArg(0));
            case "timestamp" -> ColumnType.temporal(TypeKind.TIMESTAMP_TZ, t.intArg(0) == null ? 0 : t.intArg(0));
            case "uuid" -> ColumnType.of(TypeKind.UUID);
            case "json" -> ColumnType.of(TypeKind.JSON);
            case "enum" -> ColumnType.enumOf(t.args());
            default -> ColumnType.other(spelling.trim().toLowerCase());
        };
    }

    @Override
    public String format(ColumnType type) {
        return switch (type.kind()) {
            case BOOLEAN -> "bit(1)";
            case TINYINT -> "tinyint";
            case SMALLINT -> "smallint";
            case INTEGER -> "int";
            case BIGINT -> "bigint";
            case DECIMAL -> "decimal(" + (type.precision() == null ? 10 : type.precision()) + "," + (type.scale() == null ? 0 : type.scale()) + ")";
            case REAL -> "float";
            case DOUBLE -> "double";
            case CHAR -> "char(" + (type.length() == null ? 1 : type.length()) + ")";
            case VARCHAR -> "varchar(" + (type.length() == null ? 255 : type.length()) + ")";
            case TEXT -> "text";
            case CLOB -> "longtext";
            case BINARY -> "binary(" + (type.length() == null ? 1 : type.length()) + ")";
            case VARBINARY -> "varbinary(" + (type.length() == null ? 255 : type.length()) + ")";
            case BLOB -> "longblob";
            case DATE -> "date";
            case TIME -> fractional("time", type);
            case TIMESTAMP -> fractional("datetime", type);
            case TIMESTAMP_TZ -> fractional("timestamp", type);
            case UUID -> "uuid";
            case JSON, JSONB -> "json";
            case ENUM -> type.enumValues().stream().map(v -> "'" + v.replace("'", "''") + "'")
                    .collect(Collectors.joining(",", "enum(", ")"));
            case OTHER -> type.raw();
        };
    }

    private static String fractional(String base, ColumnType type) {
        return type.precision() == null || type.precision() == 0 ? base : base + "(" + type.precision() + ")";
    }
}
