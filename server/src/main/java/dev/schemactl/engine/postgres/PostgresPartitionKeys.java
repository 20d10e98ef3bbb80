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
 * A primary key, unique constraint or index added on a partitioned table takes over each partition's own matching one:
 * PostgreSQL attaches it to the new one, and dropping the new one (the rollback) drops the attached ones with it, as it
 * cannot detach an index partition. So the rollback adds back, after the drop, the partitions' keys and indexes the live
 * database had (unmanaged objects of its partitions, from their catalog definitions) whose definition is the new one's.
 */
final class PostgresPartitionKeys {
    private PostgresPartitionKeys() {
    }

    static RenderedChange keepingAbsorbed(RenderedChange rendered, Schema from) {
        if (from == null || rendered.forward().isEmpty()) return rendered;
        String table;
        String kind = "constraint";
        if (rendered.change() instanceof Change.AddPrimaryKey c) table = c.table();
        else if (rendered.change() instanceof Change.AddUnique c) table = c.table();
        else if (rendered.change() instanceof Change.CreateIndex c) {
            table = c.table();
            kind = "index";
        } else return rendered;
        java.util.function.Function<String, String> definitionOf = kind.equals("index") ? PostgresPartitionKeys::indexDefinition
                : PostgresPartitionKeys::keyDefinition;
        String definition = definitionOf.apply(rendered.forward().get(0));
        if (definition == null) return rendered;
        Set<String> partitions = from.unmanaged().stream()
                .filter(o -> o.kind().equals("partition") && o.table() != null && TableName.key(o.schema(), o.table()).equals(table))
                .map(o -> TableName.key(o.schema(), o.name())).collect(Collectors.toSet());
        if (partitions.isEmpty()) return rendered;
        List<String> readd = new ArrayList<>();
        for (UnmanagedObject o : from.unmanaged()) {
            if (!o.kind().equals(kind) || o.table() == null || o.definition() == null
                    || !partitions.contains(TableName.key(o.schema(), o.table()))) continue;
            String own = o.definition().split(";\n", 2)[0];
            if (definition.equals(definitionOf.apply(own))) readd.addAll(List.of(o.definition().split(";\n")));
        }
        if (readd.isEmpty()) return rendered;
        List<String> rollback = new ArrayList<>(rendered.rollback());
        rollback.addAll(readd);
        return new RenderedChange(rendered.change(), rendered.forward(), rollback, rendered.rollbackLosesData());
    }

    /**
     * {@code UNIQUE|(a, b) INCLUDE (c) WHERE a > 0} of {@code CREATE UNIQUE INDEX name ON t USING btree (a, b) INCLUDE (c)
     * WHERE (a > 0)} as the catalog writes it or as the renderer does (no btree, the predicate without its parentheses),
     * or null: what makes PostgreSQL attach a partition's index to its parent's.
     */
    private static String indexDefinition(String statement) {
        java.util.regex.Matcher m = INDEX.matcher(statement);
        if (!m.matches()) return null;
        String rest = m.group(2).replace("USING btree ", "");
        int where = rest.indexOf(" WHERE ");
        if (where >= 0) {
            String predicate = rest.substring(where + " WHERE ".length()).strip();
            if (predicate.startsWith("(") && predicate.endsWith(")") && balanced(predicate.substring(1, predicate.length() - 1))) {
                predicate = predicate.substring(1, predicate.length() - 1);
            }
            rest = rest.substring(0, where) + " WHERE " + predicate;
        }
        return (m.group(1) == null ? "" : "UNIQUE") + "|" + rest.strip();
    }

    private static final java.util.regex.Pattern INDEX =
            java.util.regex.Pattern.compile("CREATE (UNIQUE )?INDEX (?:CONCURRENTLY )?\\S+ ON (?:ONLY )?\\S+ (.*)", java.util.regex.Pattern.DOTALL);

    private static boolean balanced(String text) {
        int depth = 0;
        for (char c : text.toCharArray()) {
            if (c == '(') depth++;
            if (c == ')' && --depth < 0) return false;
        }
        return depth == 0;
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
