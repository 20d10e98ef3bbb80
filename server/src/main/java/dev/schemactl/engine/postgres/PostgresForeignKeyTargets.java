package dev.schemactl.engine.postgres;

import dev.schemactl.engine.ForeignKeyTargets;
import dev.schemactl.schema.ColumnType;
import dev.schemactl.schema.Table;
import dev.schemactl.schema.TypeKind;

import java.util.List;
import java.util.Set;

/**
 * PostgreSQL: the standard's key rule; types compare when they share a btree operator family (integers with integers,
 * floats with floats, text with varchar and char, the date-time types) or the referencing type casts implicitly to the
 * referenced one (an integer to numeric or a float, numeric to a float). A user-defined type (enum, domain, ...) is
 * not judged here.
 */
final class PostgresForeignKeyTargets implements ForeignKeyTargets {
    static final PostgresForeignKeyTargets INSTANCE = new PostgresForeignKeyTargets();

    private static final Set<TypeKind> INTEGERS = Set.of(TypeKind.SMALLINT, TypeKind.INTEGER, TypeKind.BIGINT);
    private static final Set<TypeKind> FLOATS = Set.of(TypeKind.REAL, TypeKind.DOUBLE);
    private static final Set<TypeKind> STRINGS = Set.of(TypeKind.CHAR, TypeKind.VARCHAR, TypeKind.TEXT, TypeKind.CLOB);
    private static final Set<TypeKind> DATETIMES = Set.of(TypeKind.DATE, TypeKind.TIMESTAMP, TypeKind.TIMESTAMP_TZ);

    @Override
    public boolean hasKey(Table referenced, List<String> columns) {
        return UNIQUE_KEY.hasKey(referenced, columns);
    }

    @Override
    public String keyMissing(Table referenced, List<String> columns) {
        return UNIQUE_KEY.keyMissing(referenced, columns);
    }

    @Override
    public boolean comparable(ColumnType from, ColumnType to) {
        TypeKind f = from.kind();
        TypeKind t = to.kind();
        if (f == TypeKind.OTHER || t == TypeKind.OTHER) return true;
        if (f == t) return true;
        for (Set<TypeKind> family : List.of(INTEGERS, FLOATS, STRINGS, DATETIMES)) {
            if (family.contains(f) && family.contains(t)) return true;
        }
        if (INTEGERS.contains(f)) return t == TypeKind.DECIMAL || FLOATS.contains(t);
        if (f == TypeKind.DECIMAL) return FLOATS.contains(t);
        return false;
    }
}
