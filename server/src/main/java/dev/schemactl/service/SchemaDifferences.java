package dev.schemactl.service;

import dev.schemactl.diff.Change;
import dev.schemactl.diff.Differ;
import dev.schemactl.diff.Plan;
import dev.schemactl.schema.Column;
import dev.schemactl.schema.ForeignKey;
import dev.schemactl.schema.Index;
import dev.schemactl.schema.Schema;
import dev.schemactl.schema.UnmanagedObject;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Describes, object by object, how two schemas differ: the Plan from the expected schema to the actual
 * one, turned from steps into statements about objects, e.g. {@code "table audit: only in the database"}
 * or {@code "column orders.note: type varchar(10) (migrations) vs varchar(20) (database)"}. Steps the
 * Differ adds only to keep a plan applicable (foreign keys of created or dropped tables, foreign keys
 * dropped and re-added unchanged around a column change) are left out. Deterministic: plan order.
 */
final class SchemaDifferences {

    /**
     * How the two sides are called.
     *
     * @param expected  short name of the first schema, e.g. "migrations"
     * @param actual    short name of the second schema, e.g. "database"
     * @param onlyExpected what an object only in the first schema is, e.g. "only in the migrations"
     * @param onlyActual   what an object only in the second schema is, e.g. "only in the database"
     */
    record Sides(String expected, String actual, String onlyExpected, String onlyActual) {
    }

    static final Sides DRIFT = new Sides("migrations", "database", "only in the migrations", "only in the database");
    static final Sides ROLLBACK = new Sides("before", "after rollback", "missing after the rollback",
            "left over after the rollback");

    private SchemaDifferences() {
    }

    /** The differences from {@code expected} to {@code actual}; empty when they are the same schema. */
    static List<String> between(Schema expected, Schema actual, dev.schemactl.engine.Engine engine, Sides sides) {
        List<String> out = new ArrayList<>(describe(engine.differ().diff(expected, actual), sides));
        out.addAll(unmanaged(expected, actual, sides));
        return List.copyOf(out);
    }

    /**
     * The unmanaged objects (views, routines, triggers, partitions, ...) only one side has or whose catalog definitions
     * differ: a view changed by hand is drift, a trigger a rollback leaves behind is not "restored exactly". Both sides
     * are read from the same engine's catalog, so equal objects read alike. Sorted by label.
     */
    static List<String> unmanaged(Schema expected, Schema actual, Sides sides) {
        Map<String, UnmanagedObject> before = new TreeMap<>();
        expected.unmanaged().forEach(o -> before.put(o.kind() + " " + o.label(), o));
        Map<String, UnmanagedObject> after = new TreeMap<>();
        actual.unmanaged().forEach(o -> after.put(o.kind() + " " + o.label(), o));
        Map<String, String> out = new TreeMap<>();
        before.forEach((key, o) -> {
            UnmanagedObject other = after.get(key);
            if (other == null) out.put(o.label(), o.label() + ": " + sides.onlyExpected());
            else if (!Objects.equals(strip(o.definition()), strip(other.definition()))) {
                out.put(o.label(), o.label() + ": definition differs (" + sides.expected() + " vs " + sides.actual() + ")");
            }
        });
        after.forEach((key, o) -> {
            if (!before.containsKey(key)) out.put(o.label(), o.label() + ": " + sides.onlyActual());
        });
        return List.copyOf(out.values());
    }

    private static String strip(String definition) {
        return definition == null ? null : definition.strip();
    }

    static List<String> describe(Plan plan, Sides sides) {
        Set<String> createdOrDropped = new HashSet<>();
        Map<String, Column> droppedColumns = new TreeMap<>();
        Map<String, Column> addedColumns = new TreeMap<>();
        Map<String, ForeignKey> droppedFks = new TreeMap<>();
        Map<String, ForeignKey> addedFks = new TreeMap<>();
        for (Change c : plan.changes()) {
            if (c instanceof Change.CreateTable || c instanceof Change.DropTable) createdOrDropped.add(c.table());
            if (c instanceof Change.DropColumn d) droppedColumns.put(d.table() + "." + d.column().name(), d.column());
            if (c instanceof Change.AddColumn a) addedColumns.put(a.table() + "." + a.column().name(), a.column());
            if (c instanceof Change.DropForeignKey d) droppedFks.put(fkKey(d.table(), d.foreignKey()), d.foreignKey());
            if (c instanceof Change.AddForeignKey a) addedFks.put(fkKey(a.table(), a.foreignKey()), a.foreignKey());
        }
        Set<String> out = new LinkedHashSet<>();
        for (Change c : plan.changes()) {
            String line = line(c, sides, createdOrDropped, droppedColumns, addedColumns, droppedFks, addedFks);
            if (line != null) out.add(line);
        }
        return List.copyOf(new ArrayList<>(out));
    }

    private static String line(Change change, Sides s, Set<String> createdOrDropped, Map<String, Column> droppedColumns,
                               Map<String, Column> addedColumns, Map<String, ForeignKey> droppedFks,
                               Map<String, ForeignKey> addedFks) {
        if (change instanceof Change.CreateTable c) {
            return "table " + c.table() + ": " + s.onlyActual();
        }
        if (change instanceof Change.DropTable c) {
            return "table " + c.table() + ": " + s.onlyExpected();
        }
        if (change instanceof Change.RenameTable c) {
            return "table " + c.table() + ": named " + c.newName() + " (" + s.actual() + ")";
        }
        if (change instanceof Change.RenameColumn c) {
            return "column " + c.table() + "." + c.column().name() + ": named " + c.newName() + " (" + s.actual() + ")";
        }
        if (change instanceof Change.AddColumn c) {
            String key = c.table() + "." + c.column().name();
            Column before = droppedColumns.get(key);
            if (before != null) return rebuilt(key, before, c.column(), s);
            return "column " + key + ": " + s.onlyActual();
        }
        if (change instanceof Change.DropColumn c) {
            String key = c.table() + "." + c.column().name();
            if (addedColumns.containsKey(key)) return null; // described with the AddColumn
            return "column " + key + ": " + s.onlyExpected();
        }
        if (change instanceof Change.MoveColumn c) {
            return column(c.table(), c.column()) + vs(place(c.previous()), place(c.position()), s);
        }
        if (change instanceof Change.AlterColumnType c) {
            return column(c.table(), c.after()) + "type " + vs(c.before().type(), c.after().type(), s);
        }
        if (change instanceof Change.SetNullable c) {
            return column(c.table(), c.after()) + vs(nullability(c.before()), nullability(c.after()), s);
        }
        if (change instanceof Change.SetDefault c) {
            return column(c.table(), c.after()) + "default " + vs(orNone(c.before().defaultExpression()),
                    orNone(c.after().defaultExpression()), s);
        }
        if (change instanceof Change.DropGeneration c) {
            return column(c.table(), c.after()) + "generated as " + vs(c.before().generatedExpression(), "none", s);
        }
        if (change instanceof Change.SetIdentity c) {
            return column(c.table(), c.after()) + vs(c.before().isIdentity() ? "identity" : "no identity",
                    c.after().isIdentity() ? "identity" : "no identity", s);
        }
        if (change instanceof Change.SetColumnComment c) {
            return column(c.table(), c.after()) + "comment " + vs(quoted(c.before().comment()), quoted(c.after().comment()), s);
        }
        if (change instanceof Change.SetColumnOptions c) {
            if (c.before().invisible() == c.after().invisible() && Objects.equals(c.before().check(), c.after().check())) {
                return column(c.table(), c.after()) + "options " + vs(orNone(c.before().options()), orNone(c.after().options()), s);
            }
            return column(c.table(), c.after()) + vs(options(c.before()), options(c.after()), s);
        }
        if (change instanceof Change.SetTableCollation c) {
            return "table " + c.table() + ": collation " + vs(orNone(c.before()), orNone(c.after()), s);
        }
        if (change instanceof Change.SetTableOptions c) {
            return "table " + c.table() + ": options " + vs(orNone(c.before()), orNone(c.after()), s);
        }
        if (change instanceof Change.SetTableComment c) {
            return "table " + c.table() + ": comment " + vs(quoted(c.before()), quoted(c.after()), s);
        }
        if (change instanceof Change.AddPrimaryKey c) {
            return "primary key " + c.table() + cols(c.primaryKey().columns()) + include(c.primaryKey().include()) + ": " + s.onlyActual();
        }
        if (change instanceof Change.DropPrimaryKey c) {
            return "primary key " + c.table() + cols(c.primaryKey().columns()) + include(c.primaryKey().include()) + ": " + s.onlyExpected();
        }
        if (change instanceof Change.AddUnique c) {
            return "unique " + named(c.unique().name()) + c.table() + cols(keyParts(c.unique())) + include(c.unique().include()) + ": " + s.onlyActual();
        }
        if (change instanceof Change.DropUnique c) {
            return "unique " + named(c.unique().name()) + c.table() + cols(keyParts(c.unique())) + include(c.unique().include()) + ": " + s.onlyExpected();
        }
        if (change instanceof Change.AddPeriod c) {
            return "period " + c.period().name() + " on " + c.table() + cols(List.of(c.period().start(), c.period().end())) + ": " + s.onlyActual();
        }
        if (change instanceof Change.DropPeriod c) {
            return "period " + c.period().name() + " on " + c.table() + cols(List.of(c.period().start(), c.period().end())) + ": " + s.onlyExpected();
        }
        if (change instanceof Change.CreateIndex c) {
            return index(c.table(), c.index()) + ": " + s.onlyActual();
        }
        if (change instanceof Change.DropIndex c) {
            return index(c.table(), c.index()) + ": " + s.onlyExpected();
        }
        if (change instanceof Change.SetIndexIgnored c) {
            return index(c.table(), c.index()) + ": " + vs(c.index().ignored() ? "ignored" : "not ignored",
                    c.ignored() ? "ignored" : "not ignored", s);
        }
        if (change instanceof Change.AddForeignKey c) {
            if (createdOrDropped.contains(c.table())) return null; // part of the table
            ForeignKey before = droppedFks.get(fkKey(c.table(), c.foreignKey()));
            if (before != null) {
                if (sameActions(before, c.foreignKey())) return null; // rebuilt around another change
                return fk(c.table(), c.foreignKey()) + ": on delete/update " + vs(actions(before), actions(c.foreignKey()), s);
            }
            return fk(c.table(), c.foreignKey()) + ": " + s.onlyActual();
        }
        if (change instanceof Change.DropForeignKey c) {
            if (createdOrDropped.contains(c.table())) return null;
            if (addedFks.containsKey(fkKey(c.table(), c.foreignKey()))) return null; // described with the AddForeignKey
            return fk(c.table(), c.foreignKey()) + ": " + s.onlyExpected();
        }
        if (change instanceof Change.AddCheck c) {
            return "check " + named(c.check().name()) + c.table() + " (" + c.check().expression() + "): " + s.onlyActual();
        }
        if (change instanceof Change.DropCheck c) {
            return "check " + named(c.check().name()) + c.table() + " (" + c.check().expression() + "): " + s.onlyExpected();
        }
        if (change instanceof Change.SetCheckValidation c) {
            return "check " + named(c.after().name()) + c.table() + " (" + c.after().expression() + "): "
                    + vs(validity(c.before().notValid()), validity(c.after().notValid()), s);
        }
        if (change instanceof Change.SetForeignKeyValidation c) {
            return fk(c.table(), c.after()) + ": " + vs(validity(c.before().notValid()), validity(c.after().notValid()), s);
        }
        if (change instanceof Change.SetIndexComment c) {
            return index(c.table(), c.index()) + ": comment " + vs(quoted(c.before()), quoted(c.after()), s);
        }
        if (change instanceof Change.SetClusterIndex c) {
            return "table " + c.table() + ": cluster index " + vs(c.rollbackIndex() == null ? "none" : c.rollbackIndex(),
                    c.index() == null ? "none" : c.index(), s);
        }
        if (change instanceof Change.SetIndexStatistics c) {
            return index(c.table(), c.after()) + ": statistics targets " + vs(statistics(c.before()), statistics(c.after()), s);
        }
        if (change instanceof Change.SetCheckComment c) {
            return "check " + named(c.check().name()) + c.table() + " (" + c.check().expression() + "): comment "
                    + vs(quoted(c.before()), quoted(c.after()), s);
        }
        if (change instanceof Change.SetForeignKeyComment c) {
            return fk(c.table(), c.foreignKey()) + ": comment " + vs(quoted(c.before()), quoted(c.after()), s);
        }
        if (change instanceof Change.SetPrimaryKeyComment c) {
            return "primary key " + named(c.primaryKey().name()) + c.table() + cols(c.primaryKey().columns()) + ": comment "
                    + vs(quoted(c.before()), quoted(c.after()), s);
        }
        if (change instanceof Change.SetPrimaryKeyIndexComment c) {
            return "primary key " + named(c.primaryKey().name()) + c.table() + cols(c.primaryKey().columns()) + ": index comment "
                    + vs(quoted(c.before()), quoted(c.after()), s);
        }
        if (change instanceof Change.SetPrimaryKeyStorage c) {
            return "primary key " + named(c.primaryKey().name()) + c.table() + cols(c.primaryKey().columns()) + ": index storage "
                    + vs(storage(c.before()), storage(c.after()), s);
        }
        if (change instanceof Change.SetUniqueStorage c) {
            return "unique " + named(c.unique().name()) + c.table() + cols(c.unique().columns()) + ": index storage "
                    + vs(storage(c.before()), storage(c.after()), s);
        }
        if (change instanceof Change.SetUniqueIndexComment c) {
            return "unique " + named(c.unique().name()) + c.table() + cols(c.unique().columns()) + ": index comment "
                    + vs(quoted(c.before()), quoted(c.after()), s);
        }
        if (change instanceof Change.SetUniqueComment c) {
            return "unique " + named(c.unique().name()) + c.table() + cols(c.unique().columns()) + ": comment "
                    + vs(quoted(c.before()), quoted(c.after()), s);
        }
        if (change instanceof Change.CreateSequence c) {
            return "sequence " + c.sequence().name() + ": " + s.onlyActual();
        }
        if (change instanceof Change.DropSequence c) {
            return "sequence " + c.sequence().name() + ": " + s.onlyExpected();
        }
        if (change instanceof Change.SetSequenceComment c) {
            return "sequence " + c.sequence().name() + ": comment " + vs(quoted(c.before()), quoted(c.after()), s);
        }
        if (change instanceof Change.SetEnumTypeComment c) {
            return "enum type " + c.type().name() + ": comment " + vs(quoted(c.before()), quoted(c.after()), s);
        }
        if (change instanceof Change.CreateDomain c) {
            return "domain " + domainName(c.domain()) + ": " + s.onlyActual();
        }
        if (change instanceof Change.DropDomain c) {
            return "domain " + domainName(c.domain()) + ": " + s.onlyExpected();
        }
        if (change instanceof Change.SetDomainDefault c) {
            return "domain " + domainName(c.domain()) + ": default " + vs(orNone(c.before()), orNone(c.after()), s);
        }
        if (change instanceof Change.SetDomainNotNull c) {
            return "domain " + domainName(c.domain()) + ": " + vs(c.notNull() ? "NULL" : "NOT NULL", c.notNull() ? "NOT NULL" : "NULL", s);
        }
        if (change instanceof Change.AddDomainCheck c) {
            return "domain " + domainName(c.domain()) + ": check " + c.check().name() + " " + c.check().definition() + " " + s.onlyActual();
        }
        if (change instanceof Change.DropDomainCheck c) {
            return "domain " + domainName(c.domain()) + ": check " + c.check().name() + " " + c.check().definition() + " " + s.onlyExpected();
        }
        if (change instanceof Change.RenameDomainCheck c) {
            return "domain " + domainName(c.domain()) + ": check named " + vs(c.name(), c.newName(), s);
        }
        if (change instanceof Change.ValidateDomainCheck c) {
            return "domain " + domainName(c.domain()) + ": check " + c.check().name() + " " + vs(validity(true), validity(false), s);
        }
        if (change instanceof Change.SetDomainComment c) {
            return "domain " + domainName(c.domain()) + ": comment " + vs(quoted(c.before()), quoted(c.after()), s);
        }
        if (change instanceof Change.SetSequenceOwner c) {
            return "sequence " + c.sequence().name() + ": owned by " + vs(Objects.toString(c.before(), "none"), Objects.toString(c.after(), "none"), s);
        }
        if (change instanceof Change.AlterSequence c) {
            return "sequence " + qualified(c.after().schema(), c.after().name()) + ": options "
                    + vs(sequenceOptions(c.before()), sequenceOptions(c.after()), s);
        }
        if (change instanceof Change.CreateEnumType c) {
            return "enum type " + qualified(c.type().schema(), c.type().name()) + " " + c.type().values() + ": " + s.onlyActual();
        }
        if (change instanceof Change.DropEnumType c) {
            return "enum type " + qualified(c.type().schema(), c.type().name()) + " " + c.type().values() + ": " + s.onlyExpected();
        }
        if (change instanceof Change.AddEnumValues c) {
            return "enum type " + qualified(c.after().schema(), c.after().name()) + ": values " + vs(c.before().values(), c.after().values(), s);
        }
        if (change instanceof Change.ReplaceEnumType c) {
            return "enum type " + qualified(c.after().schema(), c.after().name()) + ": values " + vs(c.before().values(), c.after().values(), s);
        }
        if (change instanceof Change.CreateCompositeType c) {
            return "composite type " + compositeName(c.type()) + " (" + attributes(c.type()) + "): " + s.onlyActual();
        }
        if (change instanceof Change.DropCompositeType c) {
            return "composite type " + compositeName(c.type()) + " (" + attributes(c.type()) + "): " + s.onlyExpected();
        }
        if (change instanceof Change.AddCompositeAttribute c) {
            return "composite type " + compositeName(c.type()) + ": attribute " + c.attribute().name() + " " + c.attribute().declared()
                    + " " + s.onlyActual();
        }
        if (change instanceof Change.DropCompositeAttribute c) {
            return "composite type " + compositeName(c.type()) + ": attribute " + c.attribute().name() + " " + c.attribute().declared()
                    + " " + s.onlyExpected();
        }
        if (change instanceof Change.AlterCompositeAttribute c) {
            return "composite type " + compositeName(c.type()) + ": attribute " + c.after().name() + " "
                    + vs(c.before().declared(), c.after().declared(), s);
        }
        if (change instanceof Change.SetCompositeTypeComment c) {
            return "composite type " + compositeName(c.type()) + ": comment " + vs(quoted(c.before()), quoted(c.after()), s);
        }
        if (change instanceof Change.RenameConstraint c) {
            return "constraint " + c.name() + " on " + c.table() + ": named " + c.newName() + " (" + s.actual() + ")";
        }
        if (change instanceof Change.RenameIndex c) {
            return "index " + c.name() + " on " + c.table() + ": named " + c.newName() + " (" + s.actual() + ")";
        }
        throw new IllegalStateException("unknown change " + change);
    }

    private static String qualified(String schema, String name) {
        return schema == null ? name : schema + "." + name;
    }

    /** A sequence's options as CREATE SEQUENCE spells them, the engine's defaults left out. */
    private static String sequenceOptions(dev.schemactl.schema.Sequence q) {
        return (q.dataType() == null ? "" : "as " + q.dataType() + " ") + "start " + q.start() + " increment " + q.increment()
                + (q.minValue() == null ? "" : " minvalue " + q.minValue()) + (q.maxValue() == null ? "" : " maxvalue " + q.maxValue())
                + (q.cache() == null ? "" : " cache " + q.cache()) + (q.cycle() ? " cycle" : "");
    }

    private static String compositeName(dev.schemactl.schema.CompositeType t) {
        return t.schema() == null ? t.name() : t.schema() + "." + t.name();
    }

    private static String attributes(dev.schemactl.schema.CompositeType t) {
        return String.join(", ", t.attributes().stream().map(a -> a.name() + " " + a.declared()).toList());
    }

    private static String domainName(dev.schemactl.schema.Domain d) {
        return d.schema() == null ? d.name() : d.schema() + "." + d.name();
    }

    private static String rebuilt(String key, Column before, Column after, Sides s) {
        if (!Objects.equals(before.generatedExpression(), after.generatedExpression())) {
            return "column " + key + ": generated as " + vs(orNone(before.generatedExpression()),
                    orNone(after.generatedExpression()), s);
        }
        return "column " + key + ": definition differs";
    }

    private static String column(String table, Column column) {
        return "column " + table + "." + column.name() + ": ";
    }

    /** Where a column stands, as a move names it: first, or after another one. */
    private static String place(dev.schemactl.diff.ColumnPosition p) {
        return p instanceof dev.schemactl.diff.ColumnPosition.After a ? "after " + a.column() : "first";
    }

    private static String vs(Object expected, Object actual, Sides s) {
        return expected + " (" + s.expected() + ") vs " + actual + " (" + s.actual() + ")";
    }

    private static String nullability(Column c) {
        return c.nullable() ? "nullable" : "not null";
    }

    private static String options(Column c) {
        return (c.invisible() ? "invisible" : "visible") + (c.check() == null ? ", no column check" : ", check (" + c.check() + ")")
                + (c.options() == null ? "" : ", " + c.options());
    }

    private static String orNone(String text) {
        return text == null ? "none" : text;
    }

    /** Each key's statistics target, {@code (3000, default)}. */
    private static String statistics(Index index) {
        return "(" + String.join(", ", index.keyStatistics().stream().map(t -> t == null ? "default" : t.toString()).toList()) + ")";
    }

    /** Storage parameters as written in WITH (...), "none" for none. */
    private static String storage(String parameters) {
        return parameters == null ? "none" : "(" + parameters + ")";
    }

    private static String quoted(String text) {
        return text == null ? "none" : "'" + text + "'";
    }

    private static String named(String name) {
        return name == null || name.isBlank() ? "on " : name + " on ";
    }

    private static String cols(List<String> columns) {
        return "(" + String.join(",", columns) + ")";
    }

    /** A unique key's columns, and {@code p WITHOUT OVERLAPS} last for a key unique without overlaps of period p. */
    private static List<String> keyParts(dev.schemactl.schema.UniqueConstraint u) {
        if (u.withoutOverlaps() == null) return u.columns();
        List<String> out = new ArrayList<>(u.columns());
        out.add(u.withoutOverlaps() + " WITHOUT OVERLAPS");
        return out;
    }

    /** A key's INCLUDE columns (PostgreSQL), "" when none. */
    private static String include(List<String> columns) {
        return columns.isEmpty() ? "" : " include " + cols(columns);
    }

    private static String index(String table, Index index) {
        return (index.unique() ? "unique index " : "index ") + named(index.name()) + table + cols(index.columnNames());
    }

    private static String fk(String table, ForeignKey f) {
        return "foreign key " + table + cols(f.columns()) + " -> " + f.referencedTable() + cols(f.referencedColumns());
    }

    private static String fkKey(String table, ForeignKey f) {
        return table + cols(f.columns()) + "->" + f.referencedTable() + cols(f.referencedColumns());
    }

    private static String validity(boolean notValid) {
        return notValid ? "NOT VALID" : "validated";
    }

    private static boolean sameActions(ForeignKey a, ForeignKey b) {
        return a.onDelete().rule() == b.onDelete().rule() && a.onUpdate().rule() == b.onUpdate().rule()
                && a.matchFull() == b.matchFull() && a.onDeleteColumns().equals(b.onDeleteColumns());
    }

    private static String actions(ForeignKey f) {
        return f.onDelete().sql().toLowerCase(java.util.Locale.ROOT)
                + (f.onDeleteColumns().isEmpty() ? "" : " (" + String.join(",", f.onDeleteColumns()) + ")")
                + "/" + f.onUpdate().sql().toLowerCase(java.util.Locale.ROOT) + (f.matchFull() ? " match full" : "");
    }
}
