package dev.schemactl.engine.postgres;

import dev.schemactl.diff.Change;
import dev.schemactl.engine.RenderedChange;
import dev.schemactl.schema.Schema;
import dev.schemactl.schema.TableName;
import dev.schemactl.schema.UnmanagedObject;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A primary key or unique constraint added on a partitioned table takes over each partition's own matching key:
 * PostgreSQL attaches it to the new one, and dropping the new one (the rollback) drops the attached keys with it, as it
 * cannot detach an index partition. So the rollback adds back, after the drop, the partitions' keys the live database
 * had (unmanaged constraints of its partitions, from their catalog definitions) whose definition is the new key's.
 */
final class PostgresPartitionKeys {
    private PostgresPartitionKeys() {
    }

    static RenderedChange keepingAbsorbed(RenderedChange rendered, Schema from) {
        if (from == null || rendered.forward().isEmpty()) return rendered;
        String table;
        if (rendered.change() instanceof Change.AddPrimaryKey c) table = c.table();
        else if (rendered.change() instanceof Change.AddUnique c) table = c.table();
        else return rendered;
        String definition = keyDefinition(rendered.forward().get(0));
        if (definition == null) return rendered;
        Set<String> partitions = from.unmanaged().stream()
                .filter(o -> o.kind().equals("partition") && o.table() != null && TableName.key(o.schema(), o.table()).equals(table))
                .map(o -> TableName.key(o.schema(), o.name())).collect(Collectors.toSet());
        if (partitions.isEmpty()) return rendered;
        List<String> readd = new ArrayList<>();
        for (UnmanagedObject o : from.unmanaged()) {
            if (!o.kind().equals("constraint") || o.table() == null || o.definition() == null
                    || !partitions.contains(TableName.key(o.schema(), o.table()))) continue;
            String own = o.definition().split(";\n", 2)[0];
            if (definition.equals(keyDefinition(own))) readd.addAll(List.of(o.definition().split(";\n")));
        }
        if (readd.isEmpty()) return rendered;
        List<String> rollback = new ArrayList<>(rendered.rollback());
        rollback.addAll(readd);
        return new RenderedChange(rendered.change(), rendered.forward(), rollback, rendered.rollbackLosesData());
    }

    /** {@code PRIMARY KEY (a, b)} of {@code ALTER TABLE ... ADD CONSTRAINT name PRIMARY KEY (a, b)}, or null. */
    private static String keyDefinition(String statement) {
        int add = statement.indexOf(" ADD CONSTRAINT ");
        if (add < 0) return null;
        String rest = statement.substring(add + " ADD CONSTRAINT ".length());
        for (String kind : List.of(" PRIMARY KEY ", " UNIQUE ")) {
            int at = rest.indexOf(kind);
            if (at >= 0) return rest.substring(at + 1).strip();
        }
        return null;
    }
}
