package dev.schemactl.engine.sqlite;

import dev.schemactl.engine.TypeNames;
import dev.schemactl.engine.TypeSpelling;
import dev.schemactl.schema.ColumnType;
import dev.schemactl.schema.TypeKind;

import java.util.Locale;

/**
 * SQLite types. SQLite stores a column's declared type verbatim and derives only an affinity from it
 * (INTEGER, TEXT, REAL, NUMERIC, BLOB); schemactl keeps the declared spelling, so {@code varchar(20)},
 * {@code numeric(12,2)} or {@code timestamp(6)} read back as written and a model diffs to "no changes".
 * A parsed type carries its declared spelling as {@link ColumnType#raw()} (which takes no part in equality), and
 * {@link #format} writes that spelling back while it still parses to the same type, so a table rebuild keeps
 * {@code decimal(10,2)} or {@code BIGINT} as the desired state wrote it. Without one (models from code), the
 * kind is written in the canonical spelling below.
 * Normalization:
 * <ul>
 *   <li>Every integer spelling (tinyint, smallint, int, integer, mediumint, bigint, int2/4/8) is
 *       {@link TypeKind#INTEGER}, written {@code integer}: SQLite has one integer type (up to 8 bytes), and
 *       only the exact spelling INTEGER makes a primary key the rowid, which AUTOINCREMENT (identity)
 *       needs.</li>
 *   <li>Other spellings map to the neutral kinds as on H2 (char/varchar/text/clob, binary/varbinary/blob,
 *       numeric/decimal, real/double, date/time/timestamp, boolean, uuid, json); a size SQLite does not
 *       enforce is still kept, as declared.</li>
 *   <li>A type name's size must come last in SQLite, so {@code timestamp(6) with time zone} is written
 *       {@code timestamp with time zone(6)}; both spellings parse alike.</li>
 *   <li>Anything else is {@link TypeKind#OTHER} with its lower-cased spelling; no declared type at all is
 *       OTHER "" (BLOB affinity).</li>
 * </ul>
 */
public final class SqliteTypeNames implements TypeNames {
    public static final SqliteTypeNames INSTANCE = new SqliteTypeNames();

    @Override
    public ColumnType parse(String spelling) {
        if (spelling == null || spelling.isBlank()) return ColumnType.other("");
        ColumnType type = kindOf(spelling);
        return type.kind() == TypeKind.OTHER ? type : new ColumnType(type.kind(), type.length(), type.precision(),
                type.scale(), spelling.trim(), type.enumValues(), type.unsigned(), type.lobSize());
    }

    private static ColumnType kindOf(String spelling) {
        TypeSpelling t = TypeSpelling.of(spelling);
        return switch (t.base()) {
            case "integer", "int", "tinyint", "smallint", "mediumint", "bigint", "int2", "int4", "int8",
                 "unsigned big int" -> ColumnType.of(TypeKind.INTEGER);
            case "boolean", "bool" -> ColumnType.of(TypeKind.BOOLEAN);
            case "numeric", "decimal" -> t.intArg(0) == null ? ColumnType.of(TypeKind.DECIMAL)
                    : ColumnType.decimal(t.intArg(0), t.intArg(1) == null ? 0 : t.intArg(1));
            case "real", "float4" -> ColumnType.of(TypeKind.REAL);
            case "double", "double precision", "float8" -> ColumnType.of(TypeKind.DOUBLE);
            case "float" -> t.intArg(0) != null && t.intArg(0) <= 24 ? ColumnType.of(TypeKind.REAL) : ColumnType.of(TypeKind.DOUBLE);
            case "character", "char", "nchar", "native character" ->
                    ColumnType.sized(TypeKind.CHAR, t.intArg(0) == null ? 1 : t.intArg(0));
            case "character varying", "varchar", "varying character", "nvarchar" -> t.intArg(0) == null
                    ? ColumnType.of(TypeKind.VARCHAR) : ColumnType.sized(TypeKind.VARCHAR, t.intArg(0));
            case "text" -> ColumnType.of(TypeKind.TEXT);
            case "clob", "character large object" -> ColumnType.of(TypeKind.CLOB);
            case "binary" -> ColumnType.sized(TypeKind.BINARY, t.intArg(0) == null ? 1 : t.intArg(0));
            case "binary varying", "varbinary" -> t.intArg(0) == null ? ColumnType.of(TypeKind.VARBINARY)
                    : ColumnType.sized(TypeKind.VARBINARY, t.intArg(0));
            case "blob", "binary large object" -> ColumnType.of(TypeKind.BLOB);
            case "date" -> ColumnType.of(TypeKind.DATE);
            case "time" -> t.withTimeZone() ? ColumnType.other(canonical(t)) : ColumnType.temporal(TypeKind.TIME, t.intArg(0));
            case "timestamp", "datetime" -> ColumnType.temporal(t.withTimeZone() ? TypeKind.TIMESTAMP_TZ : TypeKind.TIMESTAMP, t.intArg(0));
            case "timestamptz" -> ColumnType.temporal(TypeKind.TIMESTAMP_TZ, t.intArg(0));
            case "uuid" -> ColumnType.of(TypeKind.UUID);
            case "json" -> ColumnType.of(TypeKind.JSON);
            case "jsonb" -> ColumnType.of(TypeKind.JSONB);
            default -> ColumnType.other(canonical(t));
        };
    }

    /**
     * The same type, declared with the same name where both sides say one: SQLite keeps a column's declared type
     * name and PRAGMA table_info shows it, so {@code INT} to {@code BIGINT} is a change (a rebuild), though both
     * are {@link TypeKind#INTEGER}. Case and blanks do not count.
     */
    public static boolean sameType(ColumnType a, ColumnType b) {
        if (!a.equals(b)) return false;
        if (a.raw() == null || b.raw() == null) return true;
        return spelling(a.raw()).equals(spelling(b.raw()));
    }

    private static String spelling(String declared) {
        return declared.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll(" ?([(),]) ?", "$1").trim();
    }

    @Override
    public String format(ColumnType type) {
        // the declared spelling, when the type was read from one that still means it (decimal stays decimal, bigint
        // stays bigint: SQLite keeps the declared name, and only INTEGER PRIMARY KEY is the rowid)
        if (type.kind() != TypeKind.OTHER && type.raw() != null && !type.raw().isBlank() && sizeLast(type.raw())
                && kindOf(type.raw()).equals(type)) {
            return type.raw();
        }
        return switch (type.kind()) {
            case BOOLEAN -> "boolean";
            case TINYINT, SMALLINT, INTEGER, BIGINT -> "integer";
            case DECIMAL -> type.precision() == null ? "numeric"
                    : "numeric(" + type.precision() + "," + (type.scale() == null ? 0 : type.scale()) + ")";
            case REAL -> "real";
            case DOUBLE -> "double precision";
            case CHAR -> "char(" + (type.length() == null ? 1 : type.length()) + ")";
            case VARCHAR -> type.length() == null ? "varchar" : "varchar(" + type.length() + ")";
            case TEXT -> "text";
            case CLOB -> "clob";
            case BINARY -> "binary(" + (type.length() == null ? 1 : type.length()) + ")";
            case VARBINARY -> type.length() == null ? "varbinary" : "varbinary(" + type.length() + ")";
            case BLOB -> "blob";
            case DATE -> "date";
            case TIME -> sized("time", type.precision());
            case TIMESTAMP -> sized("timestamp", type.precision());
            case TIMESTAMP_TZ -> sized("timestamp with time zone", type.precision());
            case UUID -> "uuid";
            case JSON -> "json";
            case JSONB -> "jsonb";
            case ENUM -> "text"; // never read from SQLite or from its models (enums are varchar + check there)
            case OTHER -> sqliteSpelling(type.raw());
        };
    }

    /** True when a spelling SQLite accepts: no size, or the size last (not {@code timestamp(6) with time zone}). */
    private static boolean sizeLast(String spelling) {
        return spelling.indexOf('(') < 0 || spelling.trim().endsWith(")");
    }

    private static String sized(String base, Integer precision) {
        return precision == null ? base : base + "(" + precision + ")";
    }

    /** The usual SQL spelling of an OTHER type: {@code time(0) with time zone}, {@code interval second(9,6)}. */
    private static String canonical(TypeSpelling t) {
        String args = t.args().isEmpty() ? "" : "(" + String.join(",", t.args()) + ")";
        return t.base() + args + (t.withTimeZone() ? " with time zone" : "");
    }

    /** SQLite wants the size last: {@code time(0) with time zone} → {@code time with time zone(0)}. */
    private static String sqliteSpelling(String raw) {
        if (raw == null || raw.isBlank()) return "";
        TypeSpelling t = TypeSpelling.of(raw);
        String args = t.args().isEmpty() ? "" : "(" + String.join(",", t.args()) + ")";
        return (t.base() + (t.withTimeZone() ? " with time zone" : "")).toLowerCase(Locale.ROOT) + args;
    }
}
