package dev.schemactl.engine;

import dev.schemactl.schema.ForeignKey;
import dev.schemactl.schema.Schema;
import dev.schemactl.schema.Table;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the tables of the managed schemas use from outside them, read from the model alone (no catalog query): a
 * dump of the managed schemas cannot load into an empty database without these, as {@code pg_dump -n public} cannot.
 * Every engine names the foreign keys to a table of another schema (database); PostgreSQL also reads its
 * expressions and types ({@code PostgresOutsideReferences}).
 */
public interface OutsideReferences {

    /** Sorted by kind and name, one entry per object and user. */
    List<OutsideReference> find(Schema schema, List<String> managedSchemas);

    /** The foreign keys whose table is in a schema (database) outside {@code managedSchemas}. */
    OutsideReferences FOREIGN_KEYS = (schema, managed) -> {
        List<OutsideReference> out = new ArrayList<>();
        for (Table t : schema.tables()) {
            for (ForeignKey fk : t.foreignKeys()) {
                String other = fk.referencedSchema();
                if (other == null || managed.contains(other)) continue;
                out.add(new OutsideReference("table", other + "." + fk.referencedTable(),
                        "foreign key " + fk.name() + " of " + t.key()));
            }
        }
        return out;
    };

    /**
     * What creates, in an empty database, the objects {@code references} name as the database behind {@code c} has
     * them (their schemas too), so that a shadow database holds what the managed schemas need from outside; and what
     * removes them again. Objects the engine cannot copy (or that {@code c}'s database lacks) are left out: a check on
     * the shadow that needs them then fails, truthfully. {@link Copy#NONE} for engines that read only foreign keys.
     */
    default Copy copy(Connection c, List<OutsideReference> references) throws SQLException {
        return Copy.NONE;
    }

    /**
     * Statements that create outside objects in a shadow database, in order, each run on its own ({@code create});
     * {@code undo} (or null) removes what its statement made, to be run only when that statement succeeded (a schema
     * made here is dropped again; one that was there already is left alone).
     */
    record Copy(List<Step> steps) {
        public static final Copy NONE = new Copy(List.of());

        public Copy {
            steps = List.copyOf(steps);
        }

        public boolean isEmpty() {
            return steps.isEmpty();
        }

        /** One statement and what undoes it (null when nothing needs undoing, e.g. it goes with its schema). */
        public record Step(String create, String undo) {
        }
    }

    /**
     * One object of another schema and what uses it.
     *
     * @param kind   sequence, function, type or table
     * @param name   qualified ({@code util.invoice_no}; a function with {@code ()})
     * @param usedBy e.g. {@code default of invoices.number}
     */
    record OutsideReference(String kind, String name, String usedBy) {
    }
}
