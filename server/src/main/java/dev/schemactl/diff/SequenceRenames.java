package dev.schemactl.diff;

import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import dev.schemactl.schema.Column;
import dev.schemactl.schema.Schema;
import dev.schemactl.schema.Sequence;
import dev.schemactl.schema.Table;
import dev.schemactl.schema.TableName;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The table rename hints that name a sequence ({@code --rename-table seq_invoice=invoice_id_seq}: a sequence is a
 * table to MariaDB and a relation to PostgreSQL): each becomes a {@link Change.RenameSequence}, which keeps the
 * counter, where the plan would otherwise drop the old sequence and create the new one counting again from its START.
 * The rest of the plan is computed from the live schema as it is after those renames (the sequence under its new name,
 * the defaults calling it rewritten), so it only says what else differs.
 *
 * @param renames  the sequence renames, first in the plan
 * @param from     the live schema after them
 * @param rest     the hints that remain (tables and columns)
 */
record SequenceRenames(List<Change.RenameSequence> renames, Schema from, Renames rest) {

    /** A function call that names a sequence: what a default may call it by. */
    private static final Pattern SEQUENCE_CALL = Pattern.compile("(?i)\\b(?:nextval|lastval|setval|currval)\\s*\\(|\\b(?:next|previous)\\s+value\\s+for\\b");

    static SequenceRenames of(Schema from, Schema to, Renames renames) {
        List<Change.RenameSequence> out = new ArrayList<>();
        Map<String, String> tables = new TreeMap<>(renames.tables());
        Schema after = from;
        for (Map.Entry<String, String> e : renames.tables().entrySet()) {
            String oldName = e.getKey();
            String newName = e.getValue();
            if (from.tables().stream().anyMatch(t -> t.key().equals(oldName))) continue; // a table: the Differ's
            Optional<Sequence> old = find(from, oldName);
            if (old.isEmpty()) continue; // neither: the Differ says so
            Optional<Sequence> wanted = find(to, newName);
            if (wanted.isEmpty()) {
                throw usage("cannot rename sequence " + oldName + " to " + newName + ": the target schema has no sequence " + newName);
            }
            if (!java.util.Objects.equals(old.get().schema(), wanted.get().schema())) {
                throw usage("cannot rename sequence " + oldName + " to " + newName + ": a rename keeps a sequence in its schema");
            }
            if (find(from, newName).isPresent()) {
                throw usage("cannot rename sequence " + oldName + " to " + newName + ": the current schema has a sequence "
                        + newName + " already");
            }
            Sequence renamed = old.get().withName(wanted.get().name());
            List<Change.SetDefault> defaults = new ArrayList<>();
            List<Table> rewritten = new ArrayList<>();
            for (Table t : after.tables()) {
                List<Column> columns = new ArrayList<>();
                for (Column c : t.columns()) {
                    String d = rewrite(c.defaultExpression(), old.get().name(), renamed.name());
                    if (d == null || d.equals(c.defaultExpression())) {
                        columns.add(c);
                    } else {
                        defaults.add(new Change.SetDefault(t.key(), c, c.withDefault(d)));
                        columns.add(c.withDefault(d));
                    }
                }
                rewritten.add(t.withColumns(columns));
            }
            List<Sequence> sequences = new ArrayList<>(after.sequences().stream().map(q -> q.equals(old.get()) ? renamed : q).toList());
            after = after.withTables(rewritten).withSequences(sequences);
            out.add(new Change.RenameSequence(old.get(), renamed, defaults));
            tables.remove(oldName);
        }
        return new SequenceRenames(out, after, out.isEmpty() ? renames : new Renames(tables, renames.columns()));
    }

    /** The sequence of {@code schema} named {@code name} (bare in the default schema, else schema.name). */
    private static Optional<Sequence> find(Schema schema, String name) {
        return schema.sequences().stream().filter(q -> TableName.key(q.schema(), q.name()).equals(name)).findFirst();
    }

    /**
     * {@code expression} with the sequence {@code oldName} its sequence calls name (bare, backquoted, double-quoted or
     * in a string: {@code nextval('s'::regclass)}) called {@code newName}; null for null.
     */
    static String rewrite(String expression, String oldName, String newName) {
        if (expression == null || !SEQUENCE_CALL.matcher(expression).find()) return expression;
        String out = Pattern.compile("([`\"])" + Pattern.quote(oldName) + "\\1").matcher(expression)
                .replaceAll(m -> Matcher.quoteReplacement(m.group(1) + newName + m.group(1)));
        return Pattern.compile("(?<![\\w$`\"])" + Pattern.quote(oldName) + "(?![\\w$`\"])").matcher(out)
                .replaceAll(Matcher.quoteReplacement(newName));
    }

    private static SchemactlException usage(String message) {
        return new SchemactlException(ErrorCode.USAGE, message, "check the --rename arguments against both schemas");
    }
}
