package dev.schemactl.engine.mariadb;

import dev.schemactl.engine.SqlText;
import dev.schemactl.engine.TypeNames;
import dev.schemactl.engine.TypeSpelling;
import dev.schemactl.schema.ColumnType;
import dev.schemactl.schema.LobSize;
import dev.schemactl.schema.TypeKind;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * MariaDB/MySQL types, read from COLUMN_TYPE (and from Hibernate's and hand-written spellings) and written back
 * exactly:
 * <ul>
 *   <li>{@code tinyint(1)} and {@code bool}/{@code boolean} are BOOLEAN, written {@code tinyint(1)}; {@code bit(1)} is
 *       BOOLEAN too. Both catalog spellings are kept in {@code raw} (which takes no part in {@code ColumnType}
 *       equality), so a bit(1) column is rewritten as bit(1), and {@link #sameType} tells the two apart when both
 *       sides spell one. Hibernate's {@code bit} (no length) and {@code boolean} are a plain BOOLEAN (no spelling):
 *       the same type as either;</li>
 *   <li>{@code UNSIGNED} is kept on every numeric type; {@code ZEROFILL} types are kept verbatim as OTHER;</li>
 *   <li>integer display widths are dropped when they are the engine's default for the type and signedness
 *       ({@code int(11)}, {@code int(10) unsigned}), kept in {@code length} otherwise ({@code int(5)});
 *       {@code mediumint} is INTEGER spelled {@code mediumint} (raw);</li>
 *   <li>TEXT and BLOB keep their size class: {@code tinytext}/{@code mediumtext} are TEXT with lobSize TINY/MEDIUM and
 *       {@code text} has none; {@code longtext} is CLOB. {@code tinyblob}/{@code blob}/{@code mediumblob} are BLOB
 *       TINY/REGULAR/MEDIUM and {@code longblob} (what Hibernate writes for a {@code @Lob byte[]}) has none;</li>
 *   <li>datetime/time without a precision mean 0; {@code float(M,D)} and {@code double(M,D)} are OTHER, verbatim.</li>
 * </ul>
 */
public final class MariaDbTypeNames implements TypeNames {
    public static final MariaDbTypeNames INSTANCE = new MariaDbTypeNames();

    @Override
    public ColumnType parse(String spelling) {
        TypeSpelling t = TypeSpelling.of(spelling);
        String lower = spelling.trim().toLowerCase(Locale.ROOT);
        if (lower.contains("zerofill")) return ColumnType.other(lower.replaceAll("\\s+", " "));
        boolean unsigned = t.unsigned();
        // float(M,D) / double(M,D) (deprecated, common in old schemas) have no neutral form: kept verbatim
        if (t.args().size() == 2 && List.of("float", "real", "double", "double precision").contains(t.base())) {
            return ColumnType.other(lower.replaceAll("\\s+", " "));
        }
        return switch (t.base()) {
            case "bit" -> t.intArg(0) == null ? ColumnType.of(TypeKind.BOOLEAN)
                    : t.intArg(0) == 1 ? new ColumnType(TypeKind.BOOLEAN, null, null, null, "bit(1)", List.of())
                    : ColumnType.other(lower);
            case "bool", "boolean" -> ColumnType.of(TypeKind.BOOLEAN);
            case "tinyint" -> Integer.valueOf(1).equals(t.intArg(0)) && !unsigned ? new ColumnType(TypeKind.BOOLEAN, null, null, null, "tinyint(1)", List.of())
                    : integer(TypeKind.TINYINT, null, t, unsigned);
            case "smallint" -> integer(TypeKind.SMALLINT, null, t, unsigned);
            case "mediumint" -> integer(TypeKind.INTEGER, "mediumint", t, unsigned);
            case "int", "integer" -> integer(TypeKind.INTEGER, null, t, unsigned);
            case "bigint" -> integer(TypeKind.BIGINT, null, t, unsigned);
            case "decimal", "numeric", "dec" -> ColumnType.decimal(t.intArg(0) == null ? 10 : t.intArg(0), t.intArg(1) == null ? 0 : t.intArg(1))
                    .withUnsigned(unsigned);
            case "float" -> (t.intArg(0) != null && t.intArg(0) > 24 ? ColumnType.of(TypeKind.DOUBLE) : ColumnType.of(TypeKind.REAL)).withUnsigned(unsigned);
            case "real", "double", "double precision" -> ColumnType.of(TypeKind.DOUBLE).withUnsigned(unsigned);
            case "char", "character" -> ColumnType.sized(TypeKind.CHAR, t.intArg(0) == null ? 1 : t.intArg(0));
            case "varchar", "character varying" -> ColumnType.sized(TypeKind.VARCHAR, t.intArg(0) == null ? 255 : t.intArg(0));
            case "tinytext" -> ColumnType.of(TypeKind.TEXT).withLobSize(LobSize.TINY);
            case "text" -> ColumnType.of(TypeKind.TEXT);
            case "mediumtext" -> ColumnType.of(TypeKind.TEXT).withLobSize(LobSize.MEDIUM);
            case "longtext" -> ColumnType.of(TypeKind.CLOB);
            case "binary" -> ColumnType.sized(TypeKind.BINARY, t.intArg(0) == null ? 1 : t.intArg(0));
            case "varbinary" -> ColumnType.sized(TypeKind.VARBINARY, t.intArg(0) == null ? 255 : t.intArg(0));
            case "tinyblob" -> ColumnType.of(TypeKind.BLOB).withLobSize(LobSize.TINY);
            case "blob" -> ColumnType.of(TypeKind.BLOB).withLobSize(LobSize.REGULAR);
            case "mediumblob" -> ColumnType.of(TypeKind.BLOB).withLobSize(LobSize.MEDIUM);
            case "longblob" -> ColumnType.of(TypeKind.BLOB);
            case "date" -> ColumnType.of(TypeKind.DATE);
            case "time" -> ColumnType.temporal(TypeKind.TIME, t.intArg(0) == null ? 0 : t.intArg(0));
            case "datetime" -> ColumnType.temporal(TypeKind.TIMESTAMP, t.intArg(0) == null ? 0 : t.intArg(0));
            case "timestamp" -> ColumnType.temporal(TypeKind.TIMESTAMP_TZ, t.intArg(0) == null ? 0 : t.intArg(0));
            case "uuid" -> ColumnType.of(TypeKind.UUID);
            case "json" -> ColumnType.of(TypeKind.JSON);
            case "enum" -> ColumnType.enumOf(t.args());
            // a SET's values keep their case (SHOW CREATE TABLE and the values read back show it)
            case "set" -> ColumnType.other(SqlText.lowerOutsideQuotes(spelling.trim(), true));
            default -> ColumnType.other(lower);
        };
    }

    /**
     * Two column types are the same on MariaDB: equal, and also the same storage where {@code ColumnType.equals}
     * leaves it out. A boolean spelled {@code bit(1)} on one side and {@code tinyint(1)} on the other is a change
     * (a SQL schema or another database that says so), one with no spelling (Hibernate's) is either;
     * {@code mediumint} is not {@code int}.
     */
    public static boolean sameType(ColumnType a, ColumnType b) {
        if (!a.equals(b)) return false;
        if (a.kind() == TypeKind.BOOLEAN) return a.raw() == null || b.raw() == null || a.raw().equals(b.raw());
        if (a.kind() == TypeKind.INTEGER) return "mediumint".equals(a.raw()) == "mediumint".equals(b.raw());
        return true;
    }

    /** An integer type; a display width is kept only when it is not the default for the type and signedness. */
    private static ColumnType integer(TypeKind kind, String raw, TypeSpelling t, boolean unsigned) {
        Integer width = t.intArg(0);
        if (width != null && width == defaultWidth(raw != null ? raw : kind.name().toLowerCase(Locale.ROOT), unsigned)) width = null;
        return new ColumnType(kind, width, null, null, raw, List.of(), unsigned, null);
    }

    private static int defaultWidth(String base, boolean unsigned) {
        int signed = switch (base) {
            case "tinyint" -> 4;
            case "smallint" -> 6;
            case "mediumint" -> 9;
            case "bigint" -> 20;
            default -> 11;
        };
        return base.equals("bigint") ? 20 : unsigned ? signed - 1 : signed;
    }

    @Override
    public String format(ColumnType type) {
        String base = switch (type.kind()) {
            case BOOLEAN -> "bit(1)".equals(type.raw()) ? "bit(1)" : "tinyint(1)";
            case TINYINT -> width("tinyint", type);
            case SMALLINT -> width("smallint", type);
            case INTEGER -> width("mediumint".equals(type.raw()) ? "mediumint" : "int", type);
            case BIGINT -> width("bigint", type);
            case DECIMAL -> "decimal(" + (type.precision() == null ? 10 : type.precision()) + "," + (type.scale() == null ? 0 : type.scale()) + ")";
            case REAL -> "float";
            case DOUBLE -> "double";
            case CHAR -> "char(" + (type.length() == null ? 1 : type.length()) + ")";
            case VARCHAR -> "varchar(" + (type.length() == null ? 255 : type.length()) + ")";
            case TEXT -> type.lobSize() == null || type.lobSize() == LobSize.REGULAR ? "text"
                    : type.lobSize() == LobSize.LONG ? "longtext" : type.lobSize().name().toLowerCase(Locale.ROOT) + "text";
            case CLOB -> "longtext";
            case BINARY -> "binary(" + (type.length() == null ? 1 : type.length()) + ")";
            case VARBINARY -> "varbinary(" + (type.length() == null ? 255 : type.length()) + ")";
            case BLOB -> type.lobSize() == null ? "longblob" : type.lobSize() == LobSize.REGULAR ? "blob"
                    : type.lobSize().name().toLowerCase(Locale.ROOT) + "blob";
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
        return type.unsigned() ? base + " unsigned" : base;
    }

    private static String width(String base, ColumnType type) {
        return type.length() == null ? base : base + "(" + type.length() + ")";
    }

    private static String fractional(String base, ColumnType type) {
        return type.precision() == null || type.precision() == 0 ? base : base + "(" + type.precision() + ")";
    }
}
