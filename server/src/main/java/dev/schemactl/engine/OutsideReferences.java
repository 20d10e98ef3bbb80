package dev.schemactl.engine;

import dev.schemactl.schema.ForeignKey;
import dev.schemactl.schema.Schema;
import dev.schemactl.schema.Table;

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
     * One object of another schema and what uses it.
     *
     * @param kind   sequence, function, type or table
     * @param name   qualified ({@code util.invoice_no}; a function with {@code ()})
     * @param usedBy e.g. {@code default of invoices.number}
     */
    record OutsideReference(String kind, String name, String usedBy) {
    }
}
