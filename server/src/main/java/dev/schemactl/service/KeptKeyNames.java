package dev.schemactl.service;

import dev.schemactl.diff.Change;
import dev.schemactl.diff.DatabaseOnly;
import dev.schemactl.diff.Plan;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;

import java.util.ArrayList;
import java.util.List;

/**
 * Keys only the database has, which the plan keeps, named like a key the plan creates on the same table: the CREATE
 * fails ({@code Duplicate key name}) once the migration runs. MariaDB reads an explicit {@code UNIQUE ... USING HASH}
 * on a short InnoDB key as a hash index and turns it into a B-tree unique key at the table's next ALTER TABLE (pair
 * 253), after which the desired hash index and the live unique key are two different keys of one name. Such a plan
 * is refused rather than written.
 */
final class KeptKeyNames {
    private KeptKeyNames() {
    }

    /** "create index uk on t clashes with the kept unique constraint uk on t(c)", one per clash; empty when extras are dropped. */
    static List<String> clashing(List<DatabaseOnly.Extra> extras, boolean dropped, Plan plan) {
        List<String> out = new ArrayList<>();
        if (dropped) return out;
        for (DatabaseOnly.Extra e : extras) {
            if (!(e.kind().equals("index") || e.kind().equals("unique")) || e.name().isEmpty()) continue;
            for (Change c : plan.changes()) {
                String created = c instanceof Change.CreateIndex i ? i.index().name()
                        : c instanceof Change.AddUnique u ? u.unique().name() : null;
                if (created != null && c.table().equals(e.table()) && created.equalsIgnoreCase(e.name())) {
                    out.add("creating " + (c instanceof Change.CreateIndex ? "index " : "unique constraint ") + created + " on "
                            + c.table() + " while keeping the " + e.description() + " of the same name");
                }
            }
        }
        return out;
    }

    static void refuse(List<String> clashes) {
        if (clashes.isEmpty()) return;
        throw new SchemactlException(ErrorCode.PLAN_REFUSED, "refused: the plan keeps a key only the database has and "
                + "creates another of its name on the same table, which fails (Duplicate key name): " + String.join("; ", clashes),
                "pass --drop-extra to replace the database's key with the desired one, or rename one of them");
    }
}
