package dev.schemactl.engine.postgres;

import dev.schemactl.engine.TypeNames;
import dev.schemactl.engine.TypeSpelling;
import dev.schemactl.schema.ColumnType;
import dev.schemactl.schema.TypeKind;

/**
 * PostgreSQL types. timestamp/time written without a precision keep that spelling (precision null), although
 * PostgreSQL treats them as precision 6: the catalog and pg_dump tell the two apart, so the model does too.
 */
public final class PostgresTypeNames implements TypeNames {
    public static final PostgresTypeNames INSTANCE = new PostgresTypeNames();

    @Override
    public ColumnType parse(String spelling) {
        TypeSpelling t = TypeSpelling.of(spelling);
        return switch (t.base()) {
            case "boolean", "bool" -> ColumnType.of(TypeKind.BOOLEAN);
            case "smallint", "int2", "tinyint", "smallserial" -> ColumnType.of(TypeKind.SMALLINT);
            case "integer", "int", "int4", "serial" -> ColumnType.of(TypeKind.INTEGER);
            case "bigint", "int8", "bigserial" -> ColumnType.of(TypeKind.BIGINT);
            case "numeric", "decimal" -> t.intArg(0) == null ? new ColumnType(TypeKind.DECIMAL, null, null, null, null, null)
                    : ColumnType.decimal(t.intArg(0), t.intArg(1) == null ? 0 : t.intArg(1));
            case "real", "float4" -> ColumnType.of(TypeKind.REAL);
            case "double precision", "float8" -> ColumnType.of(TypeKind.DOUBLE);
            case "float" -> t.intArg(0) != null && t.intArg(0) <= 24 ? ColumnType.of(TypeKind.REAL) : ColumnType.of(TypeKind.DOUBLE);
            // bpchar without a length is blank-padded text of any length (format_type's name for it), not char(1)
            case "bpchar" -> t.intArg(0) == null ? ColumnType.other("bpchar") : ColumnType.sized(TypeKind.CHAR, t.intArg(0));
            case "character", "char" -> ColumnType.sized(TypeKind.CHAR, t.intArg(0) == null ? 1 : t.intArg(0));
            case "character varying", "varchar" -> t.intArg(0) == null ? ColumnType.of(TypeKind.VARCHAR)
                    : ColumnType.sized(TypeKind.VARCHAR, t.intArg(0));
            case "text" -> ColumnType.of(TypeKind.TEXT);
            case "bytea" -> ColumnType.of(TypeKind.VARBINARY);
            case "date" -> ColumnType.of(TypeKind.DATE);
            case "time" -> t.withTimeZone() ? ColumnType.other(spelling.trim().toLowerCase()) : ColumnType.temporal(TypeKind.TIME, precision(t));
            case "timestamp" -> ColumnType.temporal(t.withTimeZone() ? TypeKind.TIMESTAMP_TZ : TypeKind.TIMESTAMP, precision(t));
            case "timestamptz" -> ColumnType.temporal(TypeKind.TIMESTAMP_TZ, precision(t));
            case "uuid" -> ColumnType.of(TypeKind.UUID);
            case "json" -> ColumnType.of(TypeKind.JSON);
            case "jsonb" -> ColumnType.of(TypeKind.JSONB);
            default -> ColumnType.other(foldUnquoted(spelling.trim()));
        };
    }

    /**
     * Lower case outside double quotes, as PostgreSQL folds names: a quoted type name such as a domain
     * {@code public."NameStyle"} keeps its case (lowercased, it names another type, or none).
     */
    static String foldUnquoted(String spelling) {
        StringBuilder out = new StringBuilder(spelling.length());
        boolean quoted = false;
        for (int i = 0; i < spelling.length(); i++) {
            char c = spelling.charAt(i);
            if (c == '"') quoted = !quoted;
            out.append(quoted || c == '"' ? c : Character.toLowerCase(c));
        }
        return out.toString();
    }

    private static Integer precision(TypeSpelling t) {
        return t.intArg(0);
    }

    @Override
    public String format(ColumnType type) {
        return switch (type.kind()) {
            case BOOLEAN -> "boolean";
            case TINYINT, SMALLINT -> "smallint";
            case INTEGER -> "integer";
            case BIGINT -> "bigint";
            case DECIMAL -> type.precision() == null ? "numeric" : "numeric(" + type.precision() + "," + (type.scale() == null ? 0 : type.scale()) + ")";
            case REAL -> "real";
            case DOUBLE -> "double precision";
            case CHAR -> "char(" + (type.length() == null ? 1 : type.length()) + ")";
            case VARCHAR -> type.length() == null ? "varchar" : "varchar(" + type.length() + ")";
            case TEXT, CLOB -> "text";
            case BINARY, VARBINARY, BLOB -> "bytea";
            case DATE -> "date";
            case TIME -> type.precision() == null ? "time" : "time(" + type.precision() + ")";
            case TIMESTAMP -> type.precision() == null ? "timestamp" : "timestamp(" + type.precision() + ")";
            case TIMESTAMP_TZ -> type.precision() == null ? "timestamp with time zone" : "timestamp(" + type.precision() + ") with time zone";
            case UUID -> "uuid";
            case JSON -> "json";
            case JSONB -> "jsonb";
            case ENUM -> "varchar(255)";
            case OTHER -> type.raw();
        };
    }
}
