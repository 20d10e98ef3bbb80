package dev.schemactl.service;

import dev.schemactl.diff.Change;
import dev.schemactl.diff.Plan;
import dev.schemactl.engine.Engine;
import dev.schemactl.engine.RenderedChange;
import dev.schemactl.engine.SqlRenderer;
import dev.schemactl.engine.UnmanagedDdl;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import dev.schemactl.schema.Column;
import dev.schemactl.schema.Index;
import dev.schemactl.schema.Schema;
import dev.schemactl.schema.Table;
import dev.schemactl.schema.TableName;
import dev.schemactl.schema.UnmanagedObject;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What plans do about unmanaged objects (views, triggers, functions, partitions, ... that the inspector lists but
 * the model does not carry): list them, leave them alone, and refuse a plan that would break one (unless the desired
 * state defines it: see {@link ReplacedUnmanaged}).
 */
public final class UnmanagedObjects {
    private UnmanagedObjects() {
    }

    /**
     * Lines for the plan: the live database's unmanaged objects ("left alone") and those only the desired state has
     * that the plan does not create ("not created"), or creates first from their definitions (schemas, extensions, types,
     * the functions a check, default or index calls).
     * Empty when there are none.
     */
    static List<String> listing(Schema current, Schema desired) {
        return listing(current, desired, List.of());
    }

    /** As above, those of labels {@code created} created by the plan after its changes ({@link CreatedUnmanaged}). */
    static List<String> listing(Schema current, Schema desired, List<String> created) {
        List<String> out = new ArrayList<>();
        Set<String> live = new LinkedHashSet<>();
        Set<String> differing = new LinkedHashSet<>(differing(current, desired));
        for (UnmanagedObject o : current.unmanaged()) {
            if (GOES_WITH_ITS_TABLE.contains(o.kind())) continue; // part of its table
            live.add(o.label());
            // a schema of the project's scope (the inspector lists only those): managed, not "left alone"
            if (o.kind().equals("schema")) continue;
            out.add(o.label() + (differing.contains(o.label())
                    ? ": unmanaged, differs from the desired state, left alone (write the change in a migration by hand)"
                    : ": unmanaged, left alone"));
        }
        List<UnmanagedObject> first = routinesTablesUse(desired).stream().filter(o -> o.definition() != null).toList();
        for (UnmanagedObject o : desired.unmanaged()) {
            if (GOES_WITH_ITS_TABLE.contains(o.kind()) || live.contains(o.label())) continue;
            // the plan creates it first (see prerequisites): saying "not created" contradicted the migration
            if (PREREQUISITE_KINDS.contains(o.kind()) && o.definition() != null || first.contains(o)) {
                out.add(o.label() + ": unmanaged, in the desired state: created from its definition before the tables");
                continue;
            }
            if (created.contains(o.label())) {
                out.add(o.label() + ": unmanaged, in the desired state: created from its definition after the tables");
                continue;
            }
            out.add(o.label() + ": unmanaged, in the desired state but not created (write it by hand in a migration)");
        }
        return out;
    }

    /**
     * The unmanaged objects both sides have whose catalog definitions differ (a view, function or trigger changed in the
     * desired state): the plan cannot say them, so "no changes" would claim a database matches what it does not.
     * Both definitions come from the same engine's catalog, so equal objects read alike.
     */
    static List<String> differing(Schema current, Schema desired) {
        Map<String, String> wanted = new HashMap<>();
        for (UnmanagedObject o : desired.unmanaged()) {
            if (o.definition() != null) wanted.put(o.kind() + " " + o.label(), o.definition().strip());
        }
        List<String> out = new ArrayList<>();
        for (UnmanagedObject o : current.unmanaged()) {
            if (o.definition() == null || o.kind().equals("schema")) continue;
            String other = wanted.get(o.kind() + " " + o.label());
            if (other != null && !other.equals(o.definition().strip())) out.add(o.label());
        }
        return out;
    }

    /** The tables of {@code schema} the model does not carry: partitions and child tables (INHERITS). */
    static Set<String> tableNames(Schema schema) {
        Set<String> out = new LinkedHashSet<>();
        schema.unmanaged().stream().filter(o -> o.kind().equals("partition") || o.kind().equals("child table"))
                .forEach(o -> out.add(o.name()));
        return out;
    }

    /**
     * Refuses a plan that adds a foreign key to a partition or child table of the desired state that the live database
     * lacks: the plan does not create unmanaged tables, so the migration would fail at that foreign key.
     */
    static void refuseReferencingUncreated(Schema current, Schema desired, Plan plan, Prerequisites children) {
        List<String> refused = referencingUncreated(current, desired, plan, children);
        if (refused.isEmpty()) return;
        throw new SchemactlException(ErrorCode.PLAN_REFUSED, "refused: " + String.join("; ", refused)
                + ", which this plan does not create (schemactl does not manage partitions and child tables)",
                "write that table and its keys (and its parent, when that is new too) in a migration by hand "
                        + "(`schemactl new --empty`), apply it, then generate this one again");
    }

    /** "add foreign key ... references child table kid of base", one per foreign key to an uncreated unmanaged table. */
    static List<String> referencingUncreated(Schema current, Schema desired, Plan plan, Prerequisites children) {
        Set<String> present = tableNames(current);
        present.addAll(children.tables());
        current.tables().forEach(t -> present.add(t.name()));
        Map<String, String> uncreated = new LinkedHashMap<>();
        desired.unmanaged().stream().filter(o -> (o.kind().equals("partition") || o.kind().equals("child table"))
                && !present.contains(o.name())).forEach(o -> uncreated.put(o.name(), o.label()));
        List<String> refused = new ArrayList<>();
        for (Change c : plan.changes()) {
            if (c instanceof Change.AddForeignKey fk && uncreated.containsKey(fk.foreignKey().referencedTable())) {
                refused.add(ChangeDescriptions.describe(c, null) + " references " + uncreated.get(fk.foreignKey().referencedTable()));
            }
        }
        return refused;
    }

    /** Refuses a plan that drops, renames or retypes a table or column an unmanaged object of {@code current} uses. */
    public static void refuseTouching(Schema current, Plan plan, Engine engine) {
        refuseTouching(current, plan, engine, Set.of());
    }

    /** As above, but for the objects of labels {@code replaced}, which the plan drops and creates again (see {@link ReplacedUnmanaged}). */
    static void refuseTouching(Schema current, Plan plan, Engine engine, Set<String> replaced) {
        List<String> touched = touching(current, plan, engine, replaced);
        if (touched.isEmpty()) return;
        throw new SchemactlException(ErrorCode.PLAN_REFUSED, "refused: " + String.join("; ", touched.size() > 3
                ? touched.subList(0, 3) : touched) + (touched.size() > 3 ? " (and " + (touched.size() - 3) + " more)" : "")
                + ", which schemactl does not manage", "change or drop that object first in a migration written by hand "
                + "(`schemactl new --empty`), apply it, then generate this one again");
    }

    /**
     * Kinds whose table no plan may change: the DDL schemactl would write for that table leaves them out or misreads
     * them (a MariaDB period and its WITHOUT OVERLAPS keys read as a check and a plain unique key).
     */
    private static final Set<String> PINS_ITS_TABLE = Set.of("period");

    /** Refuses a plan that changes, creates or drops a table that an unmanaged object of either side pins. */
    public static void refusePinned(Schema current, Schema desired, Plan plan) {
        List<String> pinned = pinned(current, desired, plan);
        if (pinned.isEmpty()) return;
        throw new SchemactlException(ErrorCode.PLAN_REFUSED, "refused: " + String.join("; ", pinned.size() > 3
                ? pinned.subList(0, 3) : pinned) + (pinned.size() > 3 ? " (and " + (pinned.size() - 3) + " more)" : "")
                + ", which schemactl does not model", "write the change of that table in a migration by hand "
                + "(`schemactl new --empty`), apply it, then generate this one again");
    }

    /** "add column t.c would change table t, which has period p on t (PERIOD FOR ...)", one per change and object. */
    static List<String> pinned(Schema current, Schema desired, Plan plan) {
        List<UnmanagedObject> pins = java.util.stream.Stream.concat(current.unmanaged().stream(), desired.unmanaged().stream())
                .filter(o -> PINS_ITS_TABLE.contains(o.kind()) && o.table() != null).distinct().toList();
        List<String> out = new ArrayList<>();
        if (pins.isEmpty()) return out;
        for (Change c : plan.changes()) {
            for (UnmanagedObject o : pins) {
                boolean renamedTo = c instanceof Change.RenameTable r && o.dependsOn(r.newName(), null);
                if (!renamedTo && !o.dependsOn(c.table(), null)) continue;
                String line = ChangeDescriptions.describe(c, null) + " would change table " + o.table() + ", which has "
                        + o.label() + (o.definition() == null ? "" : " (" + o.definition() + ")");
                if (!out.contains(line)) out.add(line);
            }
        }
        return out;
    }

    /** Unmanaged properties of a table (PARTITION BY, CLUSTER ON): dropped and renamed with it. */
    private static final Set<String> GOES_WITH_ITS_TABLE = Set.of("partitioning", "cluster");

    /** "drop column film.title would break view film_list", one per change and object it would break. */
    static List<String> touching(Schema current, Plan plan, Engine engine) {
        return touching(current, plan, engine, Set.of());
    }

    /** As above, leaving out the objects of labels {@code replaced}. */
    static List<String> touching(Schema current, Plan plan, Engine engine, Set<String> replaced) {
        List<String> touched = new ArrayList<>();
        for (Change c : plan.changes()) {
            if (c instanceof Change.RenameSequence r) {
                // a trigger, routine or event calls a sequence by its name as text (MariaDB binds it when it runs); read
                // from the text, so a refusal too many (a PostgreSQL view's regclass follows), never a broken trigger
                Pattern named = Pattern.compile("(?<![\\w$])" + Pattern.quote(r.before().name()) + "(?![\\w$])");
                for (UnmanagedObject o : current.unmanaged()) {
                    if (replaced.contains(o.label()) || GOES_WITH_ITS_TABLE.contains(o.kind()) || o.kind().equals("sequence") || o.definition() == null) continue;
                    if (named.matcher(o.definition()).find()) touched.add(ChangeDescriptions.describe(c, null) + " would break " + o.label());
                }
                continue;
            }
            if (c instanceof Change.ReplaceEnumType r) {
                // the rebuild converts each column of the type (ALTER COLUMN ... TYPE): as a retype does, it breaks a view over it
                for (Change.EnumUsage u : r.usages()) {
                    for (UnmanagedObject o : current.unmanaged()) {
                        if (replaced.contains(o.label()) || GOES_WITH_ITS_TABLE.contains(o.kind()) || !engine.retypeBreaks(o) || !o.dependsOn(u.table(), u.column())) continue;
                        String line = ChangeDescriptions.describe(c, null) + " would retype column " + u.table() + "." + u.column()
                                + " and break " + o.label();
                        if (!touched.contains(line)) touched.add(line);
                    }
                }
                continue;
            }
            for (UnmanagedObject o : current.unmanaged()) {
                if (!replaced.contains(o.label()) && breaks(c, o, engine)) {
                    touched.add(ChangeDescriptions.describe(c, null) + " would break " + o.label());
                }
            }
        }
        return touched;
    }

    /** True when change {@code c} drops, renames or retypes a table or column {@code o} uses in a way that breaks it. */
    static boolean breaks(Change c, UnmanagedObject o, Engine engine) {
        String column = null;
        if (c instanceof Change.DropColumn d) column = d.column().name();
        else if (c instanceof Change.RenameColumn r) column = r.column().name();
        else if (c instanceof Change.AlterColumnType t) column = t.before().name();
        boolean wholeTable = c instanceof Change.DropTable || c instanceof Change.RenameTable;
        if (column == null && !wholeTable) return false;
        if (GOES_WITH_ITS_TABLE.contains(o.kind())) return false;
        if (c instanceof Change.AlterColumnType && !engine.retypeBreaks(o)) return false;
        if (c instanceof Change.RenameColumn && engine.renameFollows(o)) return false;
        if (c instanceof Change.RenameTable && engine.tableRenameFollows(o, c.table())) return false;
        return wholeTable ? o.dependsOn(c.table(), null) : o.dependsOn(c.table(), column);
    }

    /** CREATE TABLE statements of the plan completed with what the model does not carry (PostgreSQL PARTITION BY). */
    static List<RenderedChange> completeCreates(List<RenderedChange> rendered, Schema desired, UnmanagedDdl ddl,
                                                SqlRenderer renderer) {
        if (desired.unmanaged().isEmpty()) return rendered;
        List<RenderedChange> out = new ArrayList<>(rendered.size());
        for (RenderedChange r : rendered) {
            if (r.change() instanceof Change.CreateTable ct) {
                String suffix = ddl.createTableSuffix(desired.unmanaged(), ct.table());
                List<String> after = ddl.afterCreateTable(desired.unmanaged(), ct.table());
                if (suffix != null || !after.isEmpty()) {
                    List<String> forward = new ArrayList<>(completed(r.forward(), ct.definition(), suffix, renderer));
                    forward.addAll(after);
                    out.add(new RenderedChange(r.change(), forward, r.rollback(), r.rollbackLosesData()));
                    continue;
                }
            }
            out.add(r);
        }
        return out;
    }

    /** The same statements, the CREATE [UNLOGGED] TABLE of {@code table} followed by {@code suffix} (when not null). */
    static List<String> completed(List<String> statements, Table table, String suffix, SqlRenderer renderer) {
        // qualified with its own schema outside the default one (billing.items is not items)
        String qualifier = table.schema() == null ? "(?:\\S+\\.)?" : Pattern.quote(renderer.quote(table.schema()) + ".");
        Pattern create = Pattern.compile("(?is)^CREATE (?:UNLOGGED )?TABLE " + qualifier + Pattern.quote(renderer.quote(table.name()))
                + "\\s*\\(.*\\)\\s*$");
        List<String> out = new ArrayList<>(statements.size());
        for (String s : statements) {
            if (!create.matcher(s).matches()) {
                out.add(s);
                continue;
            }
            out.add(suffix == null ? s : s + " " + suffix);
        }
        return out;
    }

    /**
     * Child tables (INHERITS) of the desired state that the live database lacks and whose parents the plan creates or
     * keeps: created from their definitions after the plan's tables, with their own keys and indexes (a foreign key
     * to one follows them); the rollback drops them before the tables. Partitions and the rest stay listed only.
     */
    static Prerequisites children(Schema current, Schema desired, UnmanagedDdl ddl) {
        return children(current, desired, ddl, null);
    }

    /**
     * {@link #children(Schema, Schema, UnmanagedDdl)} followed by the exclusion constraints of the desired state on
     * tables the plan keeps or creates (and on the children it creates) that the live database lacks, or has with
     * another definition: each added from its catalog definition after the tables (an old definition dropped first),
     * and its rollback drops it (and adds the old one back). A constraint is matched by its schema and name (its
     * index bears that name, unique in the schema), so a renamed table keeps its own; PostgreSQL rewrites it when
     * the plan renames its table or columns, so the live definition is compared (and restored by the rollback, before
     * the renames are undone) with those names.
     */
    public static Prerequisites children(Schema current, Schema desired, UnmanagedDdl ddl, Plan plan) {
        return children(current, desired, ddl, plan, false);
    }

    /**
     * As above; with {@code dropExtra} also the exclusion constraints only the live database has on a table the plan
     * keeps (renamed or not): dropped after the tables, their rollback adds them back (as the catalog has them once
     * the plan renamed the table and its columns) before the tables are changed back.
     */
    public static Prerequisites children(Schema current, Schema desired, UnmanagedDdl ddl, Plan plan, boolean dropExtra) {
        Prerequisites tables = childTables(current, desired, ddl);
        Set<String> onTables = new LinkedHashSet<>(tables.tables());
        desired.tables().forEach(t -> onTables.add(t.key()));
        Map<String, UnmanagedObject> live = new LinkedHashMap<>();
        current.unmanaged().stream().filter(o -> o.kind().equals("exclusion constraint"))
                .forEach(o -> live.put(o.schema() + "\0" + o.name(), o));
        List<ChangeView> views = new ArrayList<>(tables.views());
        List<String> forward = new ArrayList<>(tables.forward());
        List<String> rollback = new ArrayList<>();
        List<String> labels = new ArrayList<>(tables.labels());
        for (UnmanagedObject o : desired.unmanaged()) {
            if (!o.kind().equals("exclusion constraint") || o.definition() == null || o.table() == null
                    || !onTables.contains(TableName.key(o.schema(), o.table()))) continue;
            UnmanagedObject old = live.get(o.schema() + "\0" + o.name());
            // the live one as PostgreSQL has it once the plan renamed its table and columns (it follows them)
            String before = old == null || old.definition() == null ? null : followingRenames(plan, old, o);
            if (old != null && (before == null || before.equals(o.definition()))) {
                // the live one under its table's old name: not "in the desired state but not created"
                if (!old.label().equals(o.label())) labels.add(o.label());
                continue;
            }
            String drop = ddl.drop(o);
            List<String> create = ddl.afterTables(List.of(o));
            List<String> undo = new ArrayList<>();
            undo.add(drop);
            if (old != null) {
                forward.add(drop);
                undo.addAll(ddl.afterTables(List.of(new UnmanagedObject(old.kind(), o.schema(), o.name(), o.table(), before,
                        old.dependsOn()))));
            }
            forward.addAll(create);
            rollback.addAll(0, undo);
            labels.add(o.label());
            views.add(new ChangeView("CreateUnmanaged", o.table(), (old == null ? "add " : "replace ") + o.label()
                    + " (from its definition in the desired state, after the tables)", create, undo, false));
        }
        if (dropExtra) {
            Set<String> wanted = new LinkedHashSet<>();
            desired.unmanaged().stream().filter(o -> o.kind().equals("exclusion constraint"))
                    .forEach(o -> wanted.add(o.schema() + "\0" + o.name()));
            for (UnmanagedObject old : live.values()) {
                if (wanted.contains(old.schema() + "\0" + old.name()) || old.table() == null) continue;
                String table = renamedTable(plan, old);
                if (!onTables.contains(TableName.key(old.schema(), table))) continue; // dropped with its table
                UnmanagedObject after = new UnmanagedObject(old.kind(), old.schema(), old.name(), table,
                        old.definition() == null ? null : followingRenames(plan, old, table), old.dependsOn());
                String drop = ddl.drop(after);
                List<String> undo = after.definition() == null ? List.of() : ddl.afterTables(List.of(after));
                if (drop == null || undo.isEmpty()) continue; // cannot be put back: left alone
                forward.add(drop);
                rollback.addAll(0, undo);
                labels.add(old.label());
                views.add(new ChangeView("DropUnmanaged", table, "drop " + old.label()
                        + " (only in the database, --drop-extra; after the tables)", List.of(drop), undo, false));
            }
        }
        rollback.addAll(tables.rollback());
        return new Prerequisites(views, forward, rollback, labels, tables.tables());
    }

    /**
     * The definition of {@code live} (an exclusion constraint of the live database) with the table and column names
     * {@code plan} renames spelled as {@code wanted}'s definition spells them: what the catalog says of it after the plan.
     */
    private static String followingRenames(Plan plan, UnmanagedObject live, UnmanagedObject wanted) {
        String text = live.definition();
        String from = tableReference(text);
        String to = tableReference(wanted.definition());
        if (from == null || to == null) return text;
        String fromKey = TableName.key(live.schema(), live.table());
        String toKey = TableName.key(wanted.schema(), wanted.table());
        int at = text.indexOf(" ADD CONSTRAINT ");
        String head = "ALTER TABLE ONLY " + to + text.substring("ALTER TABLE ONLY ".length() + from.length(), at);
        String body = text.substring(at).replace(" ON " + from + " IS ", " ON " + to + " IS ");
        if (plan != null) {
            for (Change c : plan.changes()) {
                if (c instanceof Change.RenameColumn r && (r.table().equals(fromKey) || r.table().equals(toKey))) {
                    body = renamedIdentifier(body, r.column().name(), r.newName(), wanted.definition());
                }
            }
        }
        return head + body;
    }

    /** The name of {@code live}'s table once {@code plan} ran (a table rename stays in its schema). */
    private static String renamedTable(Plan plan, UnmanagedObject live) {
        String key = TableName.key(live.schema(), live.table());
        if (plan != null) {
            for (Change c : plan.changes()) {
                if (c instanceof Change.RenameTable r && r.table().equals(key)) return r.newName();
            }
        }
        return live.table();
    }

    /** {@code live}'s definition as the catalog says it once {@code plan} renamed its table to {@code table} and its columns. */
    private static String followingRenames(Plan plan, UnmanagedObject live, String table) {
        String from = tableReference(live.definition());
        if (from == null || table.equals(live.table())) {
            return from == null ? live.definition() : followingRenames(plan, live, live);
        }
        String spelled = SIMPLE.matcher(table).matches() ? table : "\"" + table.replace("\"", "\"\"") + "\"";
        String to = from.substring(0, from.length() - tableIdentifierLength(from)) + spelled;
        String text = live.definition();
        String wanted = "ALTER TABLE ONLY " + to + text.substring("ALTER TABLE ONLY ".length() + from.length());
        return followingRenames(plan, live, new UnmanagedObject(live.kind(), live.schema(), live.name(), table, wanted,
                live.dependsOn()));
    }

    /** Length of the last identifier of a catalog-quoted reference ("public.bookings": 8, "public.\"A.b\"": 5). */
    private static int tableIdentifierLength(String reference) {
        if (!reference.endsWith("\"")) return reference.length() - reference.lastIndexOf('.') - 1;
        int at = reference.length() - 2;
        while (at >= 0) {
            if (reference.charAt(at) == '"') {
                if (at > 0 && reference.charAt(at - 1) == '"') { at -= 2; continue; }
                return reference.length() - at;
            }
            at--;
        }
        return reference.length();
    }

    /** "public.bookings" of "ALTER TABLE ONLY public.bookings ADD CONSTRAINT ...", as the catalog quoted it. */
    private static String tableReference(String definition) {
        if (definition == null || !definition.startsWith("ALTER TABLE ONLY ")) return null;
        int at = definition.indexOf(" ADD CONSTRAINT ");
        return at < 0 ? null : definition.substring("ALTER TABLE ONLY ".length(), at);
    }

    /** {@code text} with identifier {@code from} (quoted or bare, as written there) spelled {@code to} (as {@code wanted} spells it). */
    private static String renamedIdentifier(String text, String from, String to, String wanted) {
        String quotedTo = "\"" + to.replace("\"", "\"\"") + "\"";
        String spelledTo = SIMPLE.matcher(to).matches() && !wanted.contains(quotedTo) ? to : quotedTo;
        String quotedFrom = "\"" + from.replace("\"", "\"\"") + "\"";
        if (text.contains(quotedFrom)) return text.replace(quotedFrom, java.util.regex.Matcher.quoteReplacement(spelledTo));
        if (!SIMPLE.matcher(from).matches()) return text;
        return Pattern.compile("(?<![\\w$\".])" + Pattern.quote(from) + "(?![\\w$\"(])").matcher(text)
                .replaceAll(java.util.regex.Matcher.quoteReplacement(spelledTo));
    }

    private static final Pattern SIMPLE = Pattern.compile("[a-z_][a-z0-9_$]*");

    private static Prerequisites childTables(Schema current, Schema desired, UnmanagedDdl ddl) {
        Set<String> present = tableNames(current);
        current.tables().forEach(t -> present.add(t.name()));
        Set<String> parents = new LinkedHashSet<>();
        desired.tables().forEach(t -> parents.add(t.name()));
        List<UnmanagedObject> pending = new ArrayList<>(desired.unmanaged().stream()
                .filter(o -> o.kind().equals("child table") && o.definition() != null && !present.contains(o.name())).toList());
        List<UnmanagedObject> created = new ArrayList<>(); // parents before their children
        for (boolean progressed = true; progressed; ) {
            progressed = false;
            for (var it = pending.iterator(); it.hasNext(); ) {
                UnmanagedObject o = it.next();
                if (parents.contains(o.table())) {
                    created.add(o);
                    parents.add(o.name());
                    it.remove();
                    progressed = true;
                }
            }
        }
        if (created.isEmpty()) return new Prerequisites(List.of(), List.of(), List.of());
        Set<String> names = new LinkedHashSet<>();
        created.forEach(o -> names.add(o.name()));
        List<UnmanagedObject> all = new ArrayList<>(created);
        desired.unmanaged().stream().filter(o -> (o.kind().equals("index") || o.kind().equals("constraint"))
                && o.definition() != null && names.contains(o.table())).forEach(all::add);
        List<String> rollback = new ArrayList<>();
        for (int i = created.size() - 1; i >= 0; i--) rollback.add(ddl.drop(created.get(i)));
        List<ChangeView> views = all.stream().map(o -> new ChangeView("CreateUnmanaged", o.table(), "create " + o.label()
                + " (unmanaged: created from its definition after its parent)", List.of(o.definition()),
                Optional.ofNullable(o.kind().equals("child table") ? ddl.drop(o) : null).map(List::of).orElse(List.of()),
                false)).toList();
        return new Prerequisites(views, ddl.afterTables(all), rollback, all.stream().map(UnmanagedObject::label).toList(),
                List.copyOf(names));
    }

    /**
     * The functions of {@code schema} that its tables' checks, defaults, generated columns or index expressions (or its
     * domains' defaults and checks) call
     * (by name, optionally schema-qualified and quoted): a table that uses one cannot be created before it, so plans
     * and dumps create these before the tables (PostgreSQL: rails' que_jobs checks call que_validate_tags(jsonb)).
     */
    public static List<UnmanagedObject> routinesTablesUse(Schema schema) {
        List<UnmanagedObject> functions = schema.unmanaged().stream().filter(o -> o.kind().equals("function")).toList();
        // an index may name an access method or operator class (the model carries only its name): these, the operators
        // of their classes and families and the functions all of them are made with come before the tables too
        List<UnmanagedObject> methods = schema.unmanaged().stream().filter(o -> INDEX_METHOD_KINDS.contains(o.kind())).toList();
        if (functions.isEmpty() && methods.isEmpty()) return List.of();
        StringBuilder expressions = new StringBuilder();
        List<UnmanagedObject> operators = new ArrayList<>();
        String members = methods.stream().map(o -> o.definition() == null ? "" : o.definition()).collect(java.util.stream.Collectors.joining("\n"));
        for (UnmanagedObject o : schema.unmanaged()) {
            if (o.kind().equals("operator") && members.contains("." + o.name())) operators.add(o);
        }
        for (UnmanagedObject o : methods) expressions.append(namedFunctions(o.definition())).append('\n');
        for (UnmanagedObject o : operators) expressions.append(namedFunctions(o.definition())).append('\n');
        for (Table t : schema.tables()) {
            t.checks().forEach(c -> expressions.append(c.expression()).append('\n'));
            for (Column c : t.columns()) {
                if (c.defaultExpression() != null) expressions.append(c.defaultExpression()).append('\n');
                if (c.generatedExpression() != null) expressions.append(c.generatedExpression()).append('\n');
            }
            for (Index i : t.indexes()) {
                if (i.predicate() != null) expressions.append(i.predicate()).append('\n');
                i.columns().forEach(ic -> {
                    if (ic.expression() != null) expressions.append(ic.expression()).append('\n');
                });
            }
        }
        for (dev.schemactl.schema.Domain d : schema.domains()) {
            if (d.defaultExpression() != null) expressions.append(d.defaultExpression()).append('\n');
            d.checks().forEach(c -> expressions.append(c.definition()).append('\n'));
        }
        // and the functions those call, and so on: PostgreSQL inlines a LANGUAGE sql function when an index or a
        // check using it is made, so the ones its body calls must exist then too (MusicBrainz: an index on
        // mb_simple_tsvector(name), whose body calls mb_lower)
        Set<UnmanagedObject> used = new LinkedHashSet<>();
        String text = expressions.toString();
        while (true) {
            StringBuilder bodies = new StringBuilder();
            for (UnmanagedObject f : functions) {
                if (!used.contains(f) && calls(text, f)) {
                    used.add(f);
                    if (f.definition() != null) bodies.append(f.definition()).append('\n');
                }
            }
            if (bodies.isEmpty()) break;
            text = bodies.toString();
        }
        // in the order they are created: the rollback of a plan drops them in reverse
        List<UnmanagedObject> out = new ArrayList<>(functions.stream().filter(used::contains).toList());
        out.addAll(operators);
        for (String kind : INDEX_METHOD_KINDS) methods.stream().filter(o -> o.kind().equals(kind)).forEach(out::add);
        return out;
    }

    private static final List<String> INDEX_METHOD_KINDS = List.of("access method", "operator family", "operator class");
    private static final Pattern NAMED_FUNCTION = Pattern.compile("(?:FUNCTION =|HANDLER|VALIDATOR|INLINE) ([\\w$.\"]+)");

    /** {@code definition} with each function it names without arguments (FUNCTION = f, HANDLER f) spelled as a call, f(. */
    private static String namedFunctions(String definition) {
        if (definition == null) return "";
        StringBuilder out = new StringBuilder(definition);
        Matcher m = NAMED_FUNCTION.matcher(definition);
        while (m.find()) out.append('\n').append(m.group(1)).append('(');
        return out.toString();
    }

    /** True when {@code text} calls {@code function} by name (optionally schema-qualified and quoted). */
    private static boolean calls(String text, UnmanagedObject function) {
        String bare = function.name().contains("(") ? function.name().substring(0, function.name().indexOf('(')) : function.name();
        return Pattern.compile("(?<![\\w$\"])\"?" + Pattern.quote(bare) + "\"?\\s*\\(").matcher(text).find();
    }

    /** Kinds a table's columns may need (types), which a plan creates from their definitions when the live database lacks them. */
    private static final List<String> PREREQUISITE_KINDS = List.of("schema", "extension", "collation", "text search dictionary",
            "text search configuration", "type", "sequence");

    /**
     * Schemas, extensions and types of the desired state the live database lacks: columns of created tables may use them,
     * so the plan creates them first from their catalog definitions (and its rollback drops them last). Everything
     * else unmanaged is listed, never created.
     */
    public record Prerequisites(List<ChangeView> views, List<String> forward, List<String> rollback, List<String> labels,
                         List<String> tables) {
        Prerequisites(List<ChangeView> views, List<String> forward, List<String> rollback) {
            this(views, forward, rollback, List.of(), List.of());
        }

        public boolean isEmpty() {
            return forward.isEmpty();
        }
    }

    public static Prerequisites prerequisites(Schema current, Schema desired, UnmanagedDdl ddl) {
        return staged(current, desired, ddl, List.of()).first();
    }

    /**
     * The prerequisites of a plan of {@code changes}: {@code first} before every change, {@code afterTypes} (the
     * routines whose arguments or result name an enum, domain or composite type the plan creates) after the first
     * {@code position} changes, the last of which creates such a type (River: a partial index calls
     * job_state_in_bitmask(bit, job_state)); the tables come later still.
     */
    public record Staged(Prerequisites first, Prerequisites afterTypes, int position) {
    }

    public static Staged staged(Schema current, Schema desired, UnmanagedDdl ddl, List<Change> changes) {
        Set<String> live = new LinkedHashSet<>();
        current.unmanaged().forEach(o -> live.add(o.label()));
        List<UnmanagedObject> routines = routinesTablesUse(desired).stream()
                .filter(o -> o.definition() != null && !live.contains(o.label())).toList();
        int position = routinesAfter(changes, routines);
        List<UnmanagedObject> typed = typed(changes.subList(0, position), routines);
        List<UnmanagedObject> missing = new ArrayList<>(desired.unmanaged().stream()
                .filter(o -> PREREQUISITE_KINDS.contains(o.kind()) && o.definition() != null && !live.contains(o.label()))
                // in the order they are created (a configuration maps to a dictionary): the rollback drops them in reverse
                .sorted(java.util.Comparator.comparingInt(o -> PREREQUISITE_KINDS.indexOf(o.kind()))).toList());
        Prerequisites first = build(missing, routines.stream().filter(o -> !typed.contains(o)).toList(), ddl);
        return new Staged(first, build(List.of(), typed, ddl), position);
    }

    /** Number of leading {@code changes} that {@code routines} must follow: up to the last one creating a type one of them names. */
    static int routinesAfter(List<Change> changes, List<UnmanagedObject> routines) {
        int position = 0;
        for (int i = 0; i < changes.size(); i++) {
            String type = createdType(changes.get(i));
            if (type != null && routines.stream().anyMatch(r -> signatureNames(r, type))) position = i + 1;
        }
        return position;
    }

    /** The routines whose signature names a type one of {@code changes} creates. */
    static List<UnmanagedObject> typed(List<Change> changes, List<UnmanagedObject> routines) {
        List<String> types = changes.stream().map(UnmanagedObjects::createdType).filter(java.util.Objects::nonNull).toList();
        return routines.stream().filter(r -> types.stream().anyMatch(t -> signatureNames(r, t))).toList();
    }

    private static String createdType(Change c) {
        if (c instanceof Change.CreateEnumType e) return e.type().name();
        if (c instanceof Change.CreateDomain d) return d.domain().name();
        if (c instanceof Change.CreateCompositeType t) return t.type().name();
        return null;
    }

    /** True when the arguments or the result of {@code routine} name type {@code type} (an argument so named too: harmless). */
    private static boolean signatureNames(UnmanagedObject routine, String type) {
        String definition = routine.definition() == null ? "" : routine.definition();
        int language = definition.indexOf("\n LANGUAGE ");
        String signature = routine.name() + "\n" + (language < 0 ? "" : definition.substring(0, language));
        return Pattern.compile("(?<![\\w$])\"?" + Pattern.quote(type) + "\"?(?![\\w$\"])").matcher(signature).find();
    }

    private static Prerequisites build(List<UnmanagedObject> objects, List<UnmanagedObject> routines, UnmanagedDdl ddl) {
        List<UnmanagedObject> missing = new ArrayList<>(objects);
        missing.addAll(routines); // last: the rollback drops them first
        if (missing.isEmpty()) return new Prerequisites(List.of(), List.of(), List.of());
        List<String> forward = new ArrayList<>(ddl.beforeTables(missing));
        forward.addAll(ddl.afterTables(routines));
        List<String> rollback = new ArrayList<>();
        for (int i = missing.size() - 1; i >= 0; i--) {
            String drop = ddl.drop(missing.get(i));
            if (drop != null) rollback.add(drop);
        }
        List<ChangeView> views = missing.stream().map(o -> new ChangeView("CreateUnmanaged", o.table(), "create " + o.label()
                + " (unmanaged: created from its definition because " + (routines.contains(o) ? "a check, default or index uses it)"
                : "columns may use it)"), List.of(o.definition()),
                Optional.ofNullable(ddl.drop(o)).map(List::of).orElse(List.of()), false)).toList();
        return new Prerequisites(views, forward, rollback);
    }
}
