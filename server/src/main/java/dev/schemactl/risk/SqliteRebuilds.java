package dev.schemactl.risk;

import dev.schemactl.diff.Change;
import dev.schemactl.schema.Column;
import dev.schemactl.schema.Index;
import dev.schemactl.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Recognizes SQLite's 12-step table rebuild in parsed SQL (what {@code SqliteRenderer} writes, and the same idiom by
 * hand): within one source, {@code CREATE TABLE tmp}, {@code INSERT INTO tmp ... SELECT ... FROM X},
 * {@code DROP TABLE X}, {@code ALTER TABLE tmp RENAME TO X}. The table X stays and keeps its rows, so the four
 * statements are one {@link Op.Rebuild} of X (on the DROP TABLE statement) instead of a new table, a drop of X with
 * all its rows and a rename. What the rebuild really loses or may fail on still counts: a column of X the new table
 * does not have becomes a {@link Change.DropColumn}, a nullable column that becomes NOT NULL a
 * {@link Change.SetNullable}. Around it, the AUTOINCREMENT bookkeeping ({@code sqlite_sequence}) between the
 * CREATE and the RENAME and the indexes X had, recreated right after the RENAME, are part of the rebuild.
 * A DROP TABLE outside that shape stays a drop.
 */
final class SqliteRebuilds {
    private SqliteRebuilds() {
    }

    static List<Step> fold(List<Step> steps) {
        List<Step> out = new ArrayList<>(steps);
        for (int d = 0; d < out.size(); d++) {
            if (!(out.get(d).change() instanceof Change.DropTable drop)) continue;
            String table = drop.table();
            String source = out.get(d).source();
            int rename = -1;
            String temp = null;
            for (int r = d + 1; r < out.size() && Objects.equals(out.get(r).source(), source); r++) {
                if (out.get(r).change() instanceof Change.RenameTable rt && same(rt.newName(), table)) {
                    rename = r;
                    temp = rt.table();
                    break;
                }
            }
            if (rename < 0) continue;
            int create = -1;
            int insert = -1;
            for (int c = d - 1; c >= 0 && Objects.equals(out.get(c).source(), source); c--) {
                Step s = out.get(c);
                if (insert < 0 && s.op() instanceof Op.DataChange dc && same(dc.table(), temp) && "INSERT".equals(dc.verb())
                        && selectsFrom(s.sql(), table)) {
                    insert = c;
                }
                if (s.change() instanceof Change.CreateTable ct && same(ct.table(), temp)) {
                    create = c;
                    break;
                }
                if (s.change() != null && same(s.change().table(), temp)) break; // tmp changed otherwise: not the idiom
            }
            if (create < 0 || insert < 0) continue;
            Table before = drop.definition();
            Table after = ((Change.CreateTable) out.get(create).change()).definition();
            String what = "rebuild of " + table + ": ";
            out.set(create, harmless(out.get(create), what + "new table " + temp, true));
            out.set(insert, harmless(out.get(insert), what + "copy of the rows", false));
            for (int i = create + 1; i < rename; i++) {
                Op op = out.get(i).op();
                if ((op instanceof Op.DataChange || op instanceof Op.RowChange) && same(op.table(), "sqlite_sequence")) {
                    out.set(i, harmless(out.get(i), what + "AUTOINCREMENT position", false));
                }
            }
            out.set(rename, harmless(out.get(rename), what + "rename " + temp + " to " + table, true));
            for (int i = rename + 1; i < out.size() && Objects.equals(out.get(i).source(), source); i++) {
                Step s = out.get(i);
                if (s.change() instanceof Change.CreateIndex ci && same(ci.table(), table) && hadIndex(before, ci.index())) {
                    out.set(i, harmless(s, what + "index " + ci.index().name() + " recreated", true));
                } else if (!(s.op() instanceof Op.Harmless)) {
                    break;
                }
            }
            Step dropStep = out.get(d);
            List<Step> replacement = new ArrayList<>();
            replacement.add(with(dropStep, new Op.Rebuild(table)));
            for (Column old : before.columns()) {
                Column now = after.columns().stream().filter(c -> same(c.name(), old.name())).findFirst().orElse(null);
                if (now == null) {
                    replacement.add(with(dropStep, new Op.Structural(new Change.DropColumn(table, old))));
                } else if (old.nullable() && !now.nullable()) {
                    replacement.add(with(dropStep, new Op.Structural(new Change.SetNullable(table, old, old.withNullable(false)))));
                }
            }
            out.remove(d);
            out.addAll(d, replacement);
            d += replacement.size() - 1;
        }
        return out;
    }

    private static boolean hadIndex(Table before, Index index) {
        return before.indexes().stream().anyMatch(i -> same(i.name(), index.name()) && i.unique() == index.unique()
                && i.columnNames().stream().map(SqliteRebuilds::key).toList()
                .equals(index.columnNames().stream().map(SqliteRebuilds::key).toList()));
    }

    /** The INSERT reads its rows from {@code table} (SELECT ... FROM table, the name quoted or not). */
    private static boolean selectsFrom(String sql, String table) {
        return sql != null && Pattern.compile("(?is)\\bSELECT\\b.*\\bFROM\\s+(?:\"main\"\\.|main\\.)?[\"`\\[]?"
                + Pattern.quote(table) + "[\"`\\]]?(?:\\s|;|$)").matcher(sql).find();
    }

    private static Step harmless(Step s, String what, boolean ddl) {
        return with(s, new Op.Harmless(what, ddl));
    }

    private static Step with(Step s, Op op) {
        return new Step(s.number(), op, s.sql(), s.source(), s.unit(), s.inTransaction(), s.concurrently(), s.notValid());
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && key(a).equals(key(b));
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
