package dev.schemactl.engine.mariadb;

import dev.schemactl.engine.ForeignKeyTargets;
import dev.schemactl.schema.ColumnType;
import dev.schemactl.schema.Index;
import dev.schemactl.schema.Table;
import dev.schemactl.schema.TypeKind;
import dev.schemactl.schema.UniqueConstraint;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * InnoDB: the referenced columns must lead some index of the referenced table (primary key, unique or plain, not
 * FULLTEXT or SPATIAL, whole columns), in the same order; integer and DECIMAL columns must match in size, sign and
 * precision, string columns are any of CHAR/VARCHAR/TEXT, binary ones any of BINARY/VARBINARY/BLOB, the rest of the
 * same type. A type only MariaDB spells (OTHER) is not judged here.
 */
final class MariaDbForeignKeyTargets implements ForeignKeyTargets {
    static final MariaDbForeignKeyTargets INSTANCE = new MariaDbForeignKeyTargets();

    private static final Set<TypeKind> STRINGS = Set.of(TypeKind.CHAR, TypeKind.VARCHAR, TypeKind.TEXT, TypeKind.CLOB);
    private static final Set<TypeKind> BINARIES = Set.of(TypeKind.BINARY, TypeKind.VARBINARY, TypeKind.BLOB);

    @Override
    public boolean hasKey(Table t, List<String> columns) {
        if (t.primaryKey() != null && t.primaryKey().columns().size() >= columns.size()
                && t.primaryKey().columns().subList(0, columns.size()).equals(columns)) return true;
        for (UniqueConstraint u : t.uniques()) {
            if (u.columns().size() >= columns.size() && u.columns().subList(0, columns.size()).equals(columns)) return true;
        }
        for (Index i : t.indexes()) {
            String method = i.method() == null ? "" : i.method().toLowerCase(java.util.Locale.ROOT);
            if (method.equals("fulltext") || method.equals("spatial")) continue;
            if (ForeignKeyTargets.leads(i.columns(), columns)) return true;
        }
        return false;
    }

    @Override
    public String keyMissing(Table t, List<String> columns) {
        return t.key() + " has no index that starts with (" + String.join(",", columns) + ")";
    }

    @Override
    public boolean comparable(ColumnType from, ColumnType to) {
        TypeKind f = from.kind();
        TypeKind t = to.kind();
        if (f == TypeKind.OTHER || t == TypeKind.OTHER) return true;
        if (STRINGS.contains(f) && STRINGS.contains(t)) return true;
        if (BINARIES.contains(f) && BINARIES.contains(t)) return true;
        if (f != t) return false;
        if (f == TypeKind.DECIMAL) return Objects.equals(from.precision(), to.precision()) && Objects.equals(from.scale(), to.scale());
        return from.unsigned() == to.unsigned();
    }
}
