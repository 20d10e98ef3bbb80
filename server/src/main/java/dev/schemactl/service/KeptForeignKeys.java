package dev.schemactl.service;

import dev.schemactl.engine.ForeignKeyTargets;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import dev.schemactl.schema.Column;
import dev.schemactl.schema.ColumnType;
import dev.schemactl.schema.ForeignKey;
import dev.schemactl.schema.Schema;
import dev.schemactl.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Foreign keys only the database has, which the plan keeps (of a kept table, or on a table the desired state knows
 * without them), whose referenced key or columns the plan drops or changes so that the key could no longer be created:
 * PostgreSQL refuses to drop the key under it ({@code cannot drop constraint ... because other objects depend on it}),
 * and adding it again after the change fails ({@code there is no unique constraint matching given keys}); MariaDB
 * alike. Dropping it silently would lose a constraint the user asked to keep, so such a plan is refused.
 */
final class KeptForeignKeys {
    private KeptForeignKeys() {
    }

    /**
     * "foreign key fk_orders_account on orders(account_id) -> accounts(id): accounts has no primary key or unique
     * constraint over (id)", one per kept foreign key the target cannot hold; empty with {@code --drop-extra}.
     *
     * @param target the schema the plan leads to (the desired one plus the kept extras)
     */
    static List<String> broken(Schema current, Schema wanted, Schema target, ForeignKeyTargets rules) {
        List<String> out = new ArrayList<>();
        for (Table t : target.tables()) {
            Optional<Table> declared = wanted.table(t.key());
            for (ForeignKey f : t.foreignKeys()) {
                if (declared.isPresent() && declared.get().foreignKeys().stream().anyMatch(d -> same(d, f))) continue;
                Optional<Table> referenced = target.table(f.referencedKey());
                if (referenced.isEmpty()) continue; // a reference outside the managed schemas: nothing of it changes
                if (unchanged(current, t, f, referenced.get())) continue;
                List<ColumnType> types = f.columns().stream()
                        .map(c -> t.column(c).map(Column::type).orElse(null)).filter(Objects::nonNull).toList();
                String why = rules.whyNot(referenced.get(), f.referencedColumns(), types.size() == f.columns().size() ? types : List.of());
                if (why != null) out.add(describe(t, f) + ": " + why + " after the plan");
            }
        }
        return out;
    }

    static void refuse(List<String> broken) {
        if (broken.isEmpty()) return;
        throw new SchemactlException(ErrorCode.PLAN_REFUSED, "refused: the plan keeps " + (broken.size() == 1
                ? "a foreign key" : broken.size() + " foreign keys") + " only the database has, which could not be created "
                + "again after the plan: " + String.join("; ", broken),
                "declare the foreign key in the desired state (map the relation in the entities, or write it in the schema "
                        + "file) so that the plan can change it with its key, or drop it in a migration written by hand "
                        + "(`schemactl new --empty`) first, or pass --drop-extra to drop what only the database has");
    }

    private static boolean same(ForeignKey a, ForeignKey b) {
        if (a.name() != null && a.name().equalsIgnoreCase(b.name())) return true;
        return a.columns().equals(b.columns()) && a.referencedKey().equals(b.referencedKey())
                && a.referencedColumns().equals(b.referencedColumns());
    }

    /** The live database has the key already, and neither its table nor the referenced table changes. */
    private static boolean unchanged(Schema current, Table owner, ForeignKey f, Table referenced) {
        Optional<Table> liveOwner = current.table(owner.key());
        Optional<Table> liveReferenced = current.table(referenced.key());
        if (liveOwner.isEmpty() || liveReferenced.isEmpty() || !liveReferenced.get().equals(referenced)) return false;
        for (String c : f.columns()) {
            if (!Objects.equals(liveOwner.get().column(c).map(Column::type), owner.column(c).map(Column::type))) return false;
        }
        return liveOwner.get().foreignKeys().stream().anyMatch(l -> same(l, f));
    }

    private static String describe(Table t, ForeignKey f) {
        return "foreign key " + (f.name() == null ? "" : f.name() + " ") + "on " + t.key() + "(" + String.join(",", f.columns())
                + ") -> " + f.referencedKey() + "(" + String.join(",", f.referencedColumns()) + ")";
    }
}
