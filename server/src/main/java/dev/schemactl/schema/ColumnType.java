package dev.schemactl.schema;

import java.util.List;
import java.util.Objects;

/**
 * A normalized column type. {@code length} applies to character and binary types, {@code precision}
 * and {@code scale} to DECIMAL and to fractional-second precision of TIME/TIMESTAMP types (null: the type was
 * written without one, e.g. PostgreSQL {@code timestamp}, which keeps that spelling).
 * {@code raw} carries the engine's own spelling for OTHER (also a user-defined type such as a PostgreSQL enum
 * type, by its quoted name); it takes no part in equality for the other kinds, so two engines' spellings of one
 * type compare equal. {@code enumValues} are the values of an inline ENUM (MariaDB/MySQL, H2).
 * {@code unsigned} is MariaDB/MySQL's UNSIGNED on numeric types; {@code lobSize} the MariaDB/MySQL size class of
 * BLOB/TEXT (null where it does not apply or is the engine default).
 */
public record ColumnType(TypeKind kind, Integer length, Integer precision, Integer scale, String raw,
                         List<String> enumValues, boolean unsigned, LobSize lobSize) {

    public ColumnType {
        Objects.requireNonNull(kind, "kind");
        enumValues = enumValues == null ? List.of() : List.copyOf(enumValues);
    }

    public ColumnType(TypeKind kind, Integer length, Integer precision, Integer scale, String raw, List<String> enumValues) {
        this(kind, length, precision, scale, raw, enumValues, false, null);
    }

    public static ColumnType of(TypeKind kind) {
        return new ColumnType(kind, null, null, null, null, List.of());
    }

    public static ColumnType sized(TypeKind kind, int length) {
        return new ColumnType(kind, length, null, null, null, List.of());
    }

    public static ColumnType decimal(int precision, int scale) {
        return new ColumnType(TypeKind.DECIMAL, null, precision, scale, null, List.of());
    }

    public static ColumnType temporal(TypeKind kind, Integer fractionalDigits) {
        return new ColumnType(kind, null, fractionalDigits, null, null, List.of());
    }

    public static ColumnType other(String raw) {
        return new ColumnType(TypeKind.OTHER, null, null, null, raw, List.of());
    }

    public static ColumnType enumOf(List<String> values) {
        return new ColumnType(TypeKind.ENUM, null, null, null, null, values);
    }

    public ColumnType withUnsigned(boolean newUnsigned) {
        return new ColumnType(kind, length, precision, scale, raw, enumValues, newUnsigned, lobSize);
    }

    public ColumnType withLobSize(LobSize newLobSize) {
        return new ColumnType(kind, length, precision, scale, raw, enumValues, unsigned, newLobSize);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ColumnType t)) return false;
        return kind == t.kind && Objects.equals(length, t.length) && Objects.equals(precision, t.precision)
                && Objects.equals(scale, t.scale) && enumValues.equals(t.enumValues)
                && unsigned == t.unsigned && lobSize == t.lobSize
                && (kind != TypeKind.OTHER || Objects.equals(raw, t.raw));
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, length, precision, scale, enumValues, unsigned, lobSize, kind == TypeKind.OTHER ? raw : null);
    }

    /** A readable, engine-neutral spelling, e.g. {@code varchar(255)}, {@code decimal(10,2)}. */
    @Override
    public String toString() {
        if (kind == TypeKind.OTHER) return raw;
        String base = (lobSize == null || lobSize == LobSize.REGULAR ? "" : lobSize.name().toLowerCase()) + kind.name().toLowerCase();
        String suffix = unsigned ? " unsigned" : "";
        if (kind == TypeKind.ENUM) return "enum(" + String.join(",", enumValues) + ")";
        if (length != null) return base + "(" + length + ")" + suffix;
        if (precision != null && scale != null) return base + "(" + precision + "," + scale + ")" + suffix;
        if (precision != null) return base + "(" + precision + ")" + suffix;
        return base + suffix;
    }
}
