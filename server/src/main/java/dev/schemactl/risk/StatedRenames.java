package dev.schemactl.risk;

import dev.schemactl.diff.Change;
import dev.schemactl.diff.Renames;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.schema.Schema;
import dev.schemactl.schema.TableName;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The table and column renames a migration's own SQL states (ALTER TABLE ... RENAME, RENAME TABLE, CHANGE COLUMN), as
 * {@link Renames}: diffing the schema before a migration with the schema after it sees a renamed column as one dropped
 * and one added unless it is told, and would then say the rollback loses that column's data.
 */
public final class StatedRenames {

    private StatedRenames() {
    }

    /**
     * The renames in {@code sql} (a migration's forward statements) read against {@code before}, each from its name
     * before the migration to its name after it: a swap through a temporary name (a to t, b to a, t to b) is a to b and
     * b to a.
     */
    public static Renames in(String sql, EngineKind engine, Schema before) {
        Map<String, String> tables = new LinkedHashMap<>(); // name before -> name now
        Map<String, Map<String, String>> columns = new LinkedHashMap<>(); // table before -> (column before -> now)
        for (SqlChangeParser.Parsed parsed : new SqlChangeParser(engine, before).parseScript(sql)) {
            for (Op op : parsed.ops()) {
                if (!(op instanceof Op.Structural s)) continue;
                if (s.change() instanceof Change.RenameTable r) {
                    follow(tables, r.table(), r.schema() == null ? r.newName() : TableName.key(r.schema(), r.newName()));
                } else if (s.change() instanceof Change.RenameColumn r) {
                    follow(columns.computeIfAbsent(original(tables, r.table()), t -> new LinkedHashMap<>()),
                            r.column().name(), r.newName());
                }
            }
        }
        tables.entrySet().removeIf(e -> e.getKey().equals(e.getValue()));
        columns.values().forEach(m -> m.entrySet().removeIf(e -> e.getKey().equals(e.getValue())));
        return new Renames(tables, columns);
    }

    private static void follow(Map<String, String> renames, String from, String to) {
        renames.put(original(renames, from), to);
    }

    private static String original(Map<String, String> renames, String now) {
        for (Map.Entry<String, String> e : renames.entrySet()) {
            if (e.getValue().equals(now)) return e.getKey();
        }
        return now;
    }
}
