package dev.schemactl.risk;

import dev.schemactl.diff.Change;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.schema.CheckConstraint;
import dev.schemactl.schema.Table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a rule may ask while it looks at one step: the facts of the live database ({@link RiskFacts}: engine, version,
 * row counts) and the state of the plan just before the step (tables and columns created earlier in it, renames,
 * whether a lock_timeout was set, which tables the current transaction has locked, which NOT NULL checks are
 * validated). The scorer advances it step by step; rules only read it.
 */
public final class RiskContext {
    private static final Pattern NOT_NULL_CHECK =
            Pattern.compile("(?i)^\\(*\\s*[\"`]?([A-Za-z_][A-Za-z0-9_$]*)[\"`]?\\s+IS\\s+NOT\\s+NULL\\s*\\)*$");

    private final RiskFacts facts;
    private final List<Step> steps;
    private final Set<String> createdTables = new HashSet<>();
    private final Set<String> createdSequences = new HashSet<>();
    private final Set<String> createdColumns = new HashSet<>();
    /** current name → the name the table has in the live database (renames in the plan). */
    private final Map<String, String> liveNames = new HashMap<>();
    private final Set<String> lockTimeoutSources = new HashSet<>();
    private final Map<Integer, Set<String>> strongLocks = new HashMap<>();
    private final Set<String> validatedNotNull = new HashSet<>();
    /** "table.constraint" → column, for NOT NULL checks added NOT VALID and not validated yet. */
    private final Map<String, String> pendingNotNullChecks = new HashMap<>();
    private final Set<String> reported = new HashSet<>();
    /** "table.column" → the number of the statement that added it (and whether it came with a default). */
    private final Map<String, Integer> columnAddedAt = new HashMap<>();
    private final Set<String> columnsAddedWithDefault = new HashSet<>();
    /** Sources (files) that turned MariaDB/MySQL foreign_key_checks off and not back on so far. */
    private final Set<String> foreignKeyChecksOff = new HashSet<>();
    /** The session's TimeZone as the migration left it so far (PostgreSQL); starts from the facts. */
    private String timeZone;

    public RiskContext(RiskFacts facts, List<Step> steps) {
        this.facts = facts;
        this.steps = List.copyOf(steps);
        facts.validatedNotNull().forEach(s -> validatedNotNull.add(s.toLowerCase(Locale.ROOT)));
        this.timeZone = facts.sessionTimeZone();
    }

    public RiskFacts facts() {
        return facts;
    }

    public EngineKind engine() {
        return facts.engine();
    }

    public boolean postgres() {
        return facts.engine() == EngineKind.POSTGRESQL;
    }

    public boolean mariadb() {
        return facts.engine() == EngineKind.MARIADB;
    }

    /** True when two column lists name the same columns in order: MariaDB compares column names ignoring case. */
    public boolean sameColumns(List<String> a, List<String> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) {
            if (mariadb() ? !a.get(i).equalsIgnoreCase(b.get(i)) : !a.get(i).equals(b.get(i))) return false;
        }
        return true;
    }

    /** The engine's name for messages ("PostgreSQL", "MariaDB", "MySQL", "H2"). */
    public String engineName() {
        return switch (facts.engine()) {
            case POSTGRESQL -> "PostgreSQL";
            case MARIADB -> facts.mysql() ? "MySQL" : "MariaDB";
            case H2 -> "H2";
            case SQLITE -> "SQLite";
        };
    }

    /** Every step scored, in order. */
    public List<Step> steps() {
        return steps;
    }

    /** The steps after this one (by position), in order. */
    public List<Step> after(Step step) {
        int i = steps.indexOf(step);
        return i < 0 ? List.of() : steps.subList(i + 1, steps.size());
    }

    /** True when the live table of key {@code table} is partitioned (PostgreSQL): it takes no CONCURRENTLY. */
    public boolean partitioned(String table) {
        return facts.schema().unmanaged().stream().anyMatch(o -> o.kind().equals("partitioning") && o.table() != null
                && table.equals(dev.schemactl.schema.TableName.key(o.schema(), o.table())));
    }

    /**
     * True when the column's NULLs are filled before it becomes NOT NULL: in a plan, by the step itself (every engine's
     * SQL fills them with the default, {@link dev.schemactl.diff.Change.SetNullable#fillsNulls}); in SQL, by an UPDATE of
     * that column earlier in the same source that sets only rows where it IS NULL.
     */
    public boolean nullsFilled(Step step, dev.schemactl.diff.Change.SetNullable change) {
        if (PLAN.equals(step.source())) return change.fillsNulls();
        for (Step s : steps) {
            if (s == step) return false;
            if (s.source().equals(step.source()) && s.op() instanceof Op.RowChange r && r.onlyNull() && r.verb().equals("UPDATE")
                    && key(r.table()).equals(key(change.table()))
                    && r.columns().stream().anyMatch(c -> key(c).equals(key(change.after().name())))) {
                return true;
            }
        }
        return false;
    }

    /** The source of the steps of a plan ({@link RiskScorer#planSteps}), as the service scores it before writing the file. */
    public static final String PLAN = "plan";

    /** True when the table was created earlier in what is scored (rules on it stay silent). */
    public boolean createdInPlan(String table) {
        return table != null && createdTables.contains(key(table));
    }

    /** True when the sequence was created earlier in what is scored (a step of a plan, not parsed SQL). */
    public boolean sequenceCreatedInPlan(String sequence) {
        return sequence != null && createdSequences.contains(key(sequence));
    }

    /** True when the table or the column was created earlier in what is scored. */
    public boolean createdInPlan(String table, String column) {
        return createdInPlan(table) || (column != null && createdColumns.contains(key(table) + "." + key(column)));
    }

    /** The table's row count (through renames made earlier in the plan); null when unknown. */
    public RiskFacts.RowCount rows(String table) {
        return facts.rowCount(liveNames.getOrDefault(key(table), table));
    }

    /**
     * The row-count modifier for a finding on {@code table} whose severity is {@code current} before it: empty →
     * info, &lt; 10k one down, &lt; 1M unchanged, &lt; 100M one up, larger two up; an unknown count counts as 1M.
     */
    public List<Modifier> rowBand(String table, Severity current) {
        RiskFacts.RowCount rc = rows(table);
        if (rc == null) {
            return List.of(new Modifier("row count of " + table + " unknown, counted as 1M rows (1M–100M: one up)", 1));
        }
        long n = rc.rows();
        String has = table + " has " + rc.describe();
        if (n == 0) return List.of(new Modifier(table + " is empty (" + rc.describe() + "): info", -current.ordinal()));
        if (n < 10_000) return List.of(new Modifier(has + " (< 10k): one down", -1));
        if (n < 1_000_000) return List.of(new Modifier(has + " (10k–1M): unchanged", 0));
        if (n < 100_000_000) return List.of(new Modifier(has + " (1M–100M): one up", 1));
        return List.of(new Modifier(has + " (≥ 100M): two up", 2));
    }

    /**
     * The row-count modifier for code that may touch any table: the band of the largest table in the database (an
     * unknown count counts as 1M rows); a database without tables, or whose tables are all empty, makes it info.
     */
    public List<Modifier> databaseRowBand(Severity current) {
        List<Table> tables = facts.schema().tables();
        if (tables.isEmpty()) return List.of(new Modifier("the database has no tables: nothing to lose (info)", -current.ordinal()));
        String largest = null;
        long most = -1;
        for (Table t : tables) {
            RiskFacts.RowCount rc = facts.rowCount(t.key());
            if (rc == null) {
                return List.of(new Modifier("the row count of " + t.key() + " is unknown, counted as 1M rows (1M–100M: one up)", 1));
            }
            if (rc.rows() > most) {
                most = rc.rows();
                largest = t.key();
            }
        }
        if (most == 0) {
            return List.of(new Modifier("every one of the database's " + tables.size() + " tables is empty: info", -current.ordinal()));
        }
        return rowBand(largest, current).stream()
                .map(m -> new Modifier("largest table: " + m.reason(), m.steps())).toList();
    }

    /** True when MariaDB/MySQL foreign_key_checks were turned off earlier in this source (and not back on). */
    public boolean foreignKeyChecksOff(String source) {
        return foreignKeyChecksOff.contains(source);
    }

    /** The session TimeZone at this point (PostgreSQL): the facts', or what a SET earlier in the migration made it; null when unknown. */
    public String timeZone() {
        return timeZone;
    }

    /**
     * The number of the statement that added the column earlier in what is scored; 0 when it was not added there.
     */
    public int columnAddedAt(String table, String column) {
        return columnAddedAt.getOrDefault(key(table) + "." + key(column), 0);
    }

    /** True when the column was added earlier in what is scored with a default (existing rows got values). */
    public boolean columnAddedWithDefault(String table, String column) {
        return columnsAddedWithDefault.contains(key(table) + "." + key(column));
    }

    /** True when a statement earlier in the same source set a lock timeout. */
    public boolean lockTimeoutSet(String source) {
        return lockTimeoutSources.contains(source);
    }

    /** True when an earlier statement of the same transaction unit took a strong (ALTER TABLE) lock on the table. */
    public boolean strongLockHeld(int unit, String table) {
        return strongLocks.getOrDefault(unit, Set.of()).contains(key(table));
    }

    /** True when a validated CHECK (column IS NOT NULL) exists on the column (live, or validated earlier in the plan). */
    public boolean validatedNotNull(String table, String column) {
        return validatedNotNull.contains(key(liveNames.getOrDefault(key(table), table)) + "." + key(column))
                || validatedNotNull.contains(key(table) + "." + key(column));
    }

    /** True the first time a rule asks for this key (e.g. one finding per source file). */
    public boolean first(String ruleId, String key) {
        return reported.add(ruleId + "\u0000" + key);
    }

    /** The column a check expression requires to be non-null ("email IS NOT NULL" → email); null otherwise. */
    public static String notNullColumn(String expression) {
        if (expression == null) return null;
        Matcher m = NOT_NULL_CHECK.matcher(expression.trim());
        return m.matches() ? m.group(1) : null;
    }

    /** Moves past a step: records what it created, renamed, locked, set or validated. */
    void advance(Step step) {
        Op op = step.op();
        if (op instanceof Op.SetLockTimeout) lockTimeoutSources.add(step.source());
        if (op instanceof Op.SessionSetting set) {
            if (set.name().equals("foreign_key_checks")) {
                if (set.value().matches("0|off|false")) foreignKeyChecksOff.add(step.source());
                else foreignKeyChecksOff.remove(step.source());
            } else if (set.name().equals("timezone")) {
                timeZone = set.value().equalsIgnoreCase("local") || set.value().equalsIgnoreCase("default") ? facts.sessionTimeZone() : set.value();
            }
        }
        Change change = step.change();
        if (change != null && !(change instanceof Change.CreateTable)) {
            strongLocks.computeIfAbsent(step.unit(), u -> new HashSet<>()).add(key(change.table()));
        }
        if (op instanceof Op.Validate v) {
            String column = pendingNotNullChecks.remove(key(v.table()) + "." + key(v.constraint()));
            if (column == null) column = liveNotNullCheck(v.table(), v.constraint());
            if (column != null) validatedNotNull.add(key(v.table()) + "." + key(column));
        }
        if (op instanceof Op.Harmless h && h.creates() != null) createdTables.add(key(h.creates()));
        if (change instanceof Change.CreateSequence c) createdSequences.add(key(c.table()));
        if (change instanceof Change.DropSequence c) createdSequences.remove(key(c.table()));
        if (change instanceof Change.CreateTable c) {
            createdTables.add(key(c.table()));
            Table t = c.definition();
            for (CheckConstraint check : t.checks()) notNullCheck(c.table(), check, check.notValid());
        } else if (change instanceof Change.DropTable c) {
            createdTables.remove(key(c.table()));
        } else if (change instanceof Change.RenameTable c) {
            if (createdTables.remove(key(c.table()))) createdTables.add(key(c.newKey()));
            String live = liveNames.getOrDefault(key(c.table()), c.table());
            liveNames.put(key(c.newKey()), live);
            List<String> renamed = new ArrayList<>();
            createdColumns.removeIf(col -> {
                if (col.startsWith(key(c.table()) + ".")) {
                    renamed.add(key(c.newKey()) + col.substring(key(c.table()).length()));
                    return true;
                }
                return false;
            });
            createdColumns.addAll(renamed);
        } else if (change instanceof Change.AddColumn c) {
            String k = key(c.table()) + "." + key(c.column().name());
            createdColumns.add(k);
            columnAddedAt.put(k, step.number());
            if (c.column().defaultExpression() != null || c.column().isIdentity() || c.column().generatedExpression() != null) {
                columnsAddedWithDefault.add(k);
            }
        } else if (change instanceof Change.RenameColumn c) {
            if (createdColumns.remove(key(c.table()) + "." + key(c.column().name()))) {
                createdColumns.add(key(c.table()) + "." + key(c.newName()));
            }
        } else if (change instanceof Change.AddCheck c) {
            notNullCheck(c.table(), c.check(), step.notValid() || c.check().notValid());
        } else if (change instanceof Change.SetNullable c && !c.after().nullable()) {
            validatedNotNull.add(key(c.table()) + "." + key(c.after().name()));
        }
    }

    /** The column a CHECK (col IS NOT NULL) named {@code constraint} on the live table covers (added NOT VALID earlier); null otherwise. */
    private String liveNotNullCheck(String table, String constraint) {
        String live = liveNames.getOrDefault(key(table), table);
        for (Table t : facts.schema().tables()) {
            if (!t.key().equalsIgnoreCase(live)) continue;
            for (CheckConstraint c : t.checks()) {
                if (c.name() != null && c.name().equalsIgnoreCase(constraint)) return notNullColumn(c.expression());
            }
        }
        return null;
    }

    private void notNullCheck(String table, CheckConstraint check, boolean notValid) {
        String column = notNullColumn(check.expression());
        if (column == null) return;
        if (notValid) {
            if (check.name() != null) pendingNotNullChecks.put(key(table) + "." + key(check.name()), column);
        } else {
            validatedNotNull.add(key(table) + "." + key(column));
        }
    }

    private static String key(String name) {
        return name == null ? "" : name.toLowerCase(Locale.ROOT);
    }
}
