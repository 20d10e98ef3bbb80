package dev.schemactl.engine.h2;

import dev.schemactl.engine.TypeNames;
import dev.schemactl.engine.TypeSpelling;
import dev.schemactl.schema.ColumnType;
import dev.schemactl.schema.TypeKind;

import java.util.stream.Collectors;

/** H2 2.x types (INFORMATION_SCHEMA spellings and Hibernate's). TIME/TIMESTAMP default to precision 6 when unspecified by Hibernate, 0/6 by H2. */
public final class H2TypeNames implements TypeNames {
    public static final H2TypeNames INSTANCE = new H2TypeNames();

    @Override
    public ColumnType parse(String spelling) {
        TypeSpelling t = TypeSpelling.of(spelling);
        return switch (t.base()) {
            case "boolean", "bool", "bit" -> ColumnType.of(TypeKind.BOOLEAN);
            case "tinyint" -> ColumnType.of(TypeKind.TINYINT);
            case "smallint" -> ColumnType.of(TypeKind.SMALLINT);
            case "integer", "int" -> ColumnType.of(TypeKind.INTEGER);
            case "bigint" -> ColumnType.of(TypeKind.BIGINT);
            case "numeric", "decimal" -> t.intArg(0) == null ? new ColumnType(TypeKind.DECIMAL, null, null, null, null, null)
                    : ColumnType.decimal(t.intArg(0), t.intArg(1) == null ? 0 : t.intArg(1));
            case "real", "float4" -> ColumnType.of(TypeKind.REAL);
            case "double precision", "double", "float8" -> ColumnType.of(TypeKind.DOUBLE);
            case "float" -> t.intArg(0) != null && t.intArg(0) <= 24 ? ColumnType.of(TypeKind.REAL) : ColumnType.of(TypeKind.DOUBLE);
            case "character", "char" -> ColumnType.sized(TypeKind.CHAR, t.intArg(0) == null ? 1 : t.intArg(0));
            case "character varying", "varchar" -> t.intArg(0) == null ? ColumnType.of(TypeKind.VARCHAR)
                    : ColumnType.sized(TypeKind.VARCHAR, t.intArg(0));
            case "character large object", "clob", "text" -> ColumnType.of(TypeKind.CLOB);
            case "binary" -> ColumnType.sized(TypeKind.BINARY, t.intArg(0) == null ? 1 : t.intArg(0));
            case "binary varying", "varbinary" -> t.intArg(0) == null ? ColumnType.of(TypeKind.VARBINARY)
                    : ColumnType.sized(TypeKind.VARBINARY, t.intArg(0));
            case "binary large object", "blob" -> ColumnType.of(TypeKind.BLOB);
            case "date" -> ColumnType.of(TypeKind.DATE);
            case "time" -> t.withTimeZone() ? ColumnType.other(spelling.trim().toLowerCase())
                    : ColumnType.temporal(TypeKind.TIME, t.intArg(0) == null ? 0 : t.intArg(0));
            case "timestamp" -> ColumnType.temporal(t.withTimeZone() ? TypeKind.TIMESTAMP_TZ : TypeKind.TIMESTAMP,
                    t.intArg(0) == null ? 6 : t.intArg(0));
            case "uuid" -> ColumnType.of(TypeKind.UUID);
            case "json" -> ColumnType.of(TypeKind.JSON);
            case "enum" -> ColumnType.enumOf(t.args());
            default -> ColumnType.other(spelling.trim().toLowerCase());
        };
    }

    @Override
    public String format(ColumnType type) {
        return switch (type.kind()) {
            case BOOLEAN -> "boolean";
            case TINYINT -> "tinyint";
            case SMALLINT -> "smallint";
            case INTEGER -> "integer";
            case BIGINT -> "bigint";
            case DECIMAL -> type.precision() == null ? "numeric" : "numeric(" + type.precision() + "," + (type.scale() == null ? 0 : type.scale()) + ")";
            case REAL -> "real";
            case DOUBLE -> "double precision";
            case CHAR -> "char(" + (type.length() == null ? 1 : type.length()) + ")";
            case VARCHAR -> type.length() == null ? "varchar" : "varchar(" + type.length() + ")";
            case TEXT, CLOB -> "clob";
            case BINARY -> "binary(" + (type.length() == null ? 1 : type.length()) + ")";
            case VARBINARY -> type.length() == null ? "varbinary" : "varbinary(" + type.length() + ")";
            case BLOB -> "blob";
            case DATE -> "date";
            case TIME -> "time(" + (type.precision() == null ? 0 : type.precision()) + ")";
            case TIMESTAMP -> "timestamp(" + (type.precision() == null ? 6 : type.precision()) + ")";
            case TIMESTAMP_TZ -> "timestamp(" + (type.precision() == null ? 6 : type.precision()) + ") with time zone";
            case UUID -> "uuid";
            case JSON, JSONB -> "json";
            case ENUM -> type.enumValues().stream().map(v -> "'" + v.replace("'", "''") + "'")
                    .collect(Collectors.joining(",", "enum(", ")"));
            case OTHER -> type.raw();
        };
    }
}
