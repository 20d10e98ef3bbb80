package dev.schemactl.diff;

import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import dev.schemactl.schema.CompositeType;
import dev.schemactl.schema.CompositeType.Attribute;
import dev.schemactl.schema.Schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Composite types (PostgreSQL {@code CREATE TYPE name AS (...)}) by (schema, name), as the {@link Differ} plans them:
 * new ones created before the tables (one whose attribute is of another after it), dropped ones dropped after the
 * columns and tables that used them, a kept one altered in place with exact rollbacks: ALTER TYPE ... DROP ATTRIBUTE
 * (last attributes first), ALTER ATTRIBUTE ... TYPE ... [COLLATE], ADD ATTRIBUTE (appended), COMMENT ON TYPE.
 *
 * <p>In place works only where ADD ATTRIBUTE appends and a rollback's ADD ATTRIBUTE puts a dropped one back where it
 * was: the attributes kept keep their order, the new ones come after them, the dropped ones were after them. Otherwise,
 * and for an attribute's type change (PostgreSQL refuses ALTER ATTRIBUTE ... TYPE while a column, another composite
 * type or a domain uses the type, whatever the rows), a type nothing uses is dropped and created again, and a type in
 * use refuses the plan (a conversion of every column's values is a migration to write by hand).
 */
final class CompositeDiff {

    /** {@code changes} run after the domains, before the tables are created; {@code drops} after the other changes. */
    record Result(List<Change> changes, List<Change> drops) {
    }

    private CompositeDiff() {
    }

    /** @param tablesUsing the tables with columns (existing before the plan, kept) whose type spelling matches */
    static Result diff(Schema from, Schema to, Function<Predicate<String>, List<String>> tablesUsing) {
        Map<String, CompositeType> before = byKey(from.compositeTypes());
        Map<String, CompositeType> after = byKey(to.compositeTypes());
        List<Change> changes = new ArrayList<>();
        List<CompositeType> created = new ArrayList<>();
        List<CompositeType> dropped = new ArrayList<>();
        List<Change> rebuildDrops = new ArrayList<>();
        after.forEach((key, t) -> {
            CompositeType b = before.get(key);
            if (b == null) {
                created.add(t);
                return;
            }
            String refusal = inPlaceRefusal(b, t);
            String retyped = retyped(b, t);
            List<String> users = refusal == null && retyped == null ? List.of() : users(from, b, tablesUsing);
            List<String> typed = typedTables(from, to, b);
            if (!typed.isEmpty() && !b.attributes().equals(t.attributes())) {
                // PostgreSQL: ALTER TYPE refuses while typed tables are of it; CASCADE would change their columns too,
                // which the plan's own steps for those tables do not expect
                throw new SchemactlException(ErrorCode.PLAN_REFUSED, "cannot change composite type " + label(t) + " from ("
                        + declared(b) + ") to (" + declared(t) + "): " + String.join(", ", typed) + " "
                        + (typed.size() == 1 ? "is a typed table" : "are typed tables") + " of it (CREATE TABLE ... OF)",
                        "write that change by hand in a migration (`schemactl new --empty`): ALTER TYPE ... CASCADE, "
                                + "then the tables' own changes; apply it, then generate this one again");
            }
            if (refusal == null && (retyped == null || users.isEmpty())) {
                changes.addAll(alterations(b, t, tablesUsing.apply(b::namedBy)));
                return;
            }
            if (!users.isEmpty()) {
                throw new SchemactlException(ErrorCode.PLAN_REFUSED, "cannot change composite type " + label(t) + " from ("
                        + declared(b) + ") to (" + declared(t) + "): " + (refusal != null ? refusal
                        : retyped + ", which PostgreSQL's ALTER TYPE ... ALTER ATTRIBUTE refuses while the type is in use")
                        + "; " + String.join(", ", users) + " use" + (users.size() == 1 ? "s" : "") + " it",
                        "write that change by hand in a migration (`schemactl new --empty`): e.g. create a new type, convert "
                                + "the columns to it (ALTER TABLE ... ALTER COLUMN ... TYPE ... USING ROW(...)), drop the old one; "
                                + "or add the attribute under a new name and drop the old one; apply it, then generate this one again");
            }
            rebuildDrops.add(new Change.DropCompositeType(b));
            created.add(t);
        });
        before.forEach((key, t) -> {
            if (!after.containsKey(key)) dropped.add(t);
        });
        // a type rebuilt is dropped (dependents first) before any is created again
        List<Change> out = new ArrayList<>();
        List<CompositeType> rebuilt = rebuildDrops.stream().map(c -> ((Change.DropCompositeType) c).type()).toList();
        List<CompositeType> rebuildOrder = dependencyOrder(rebuilt);
        for (int i = rebuildOrder.size() - 1; i >= 0; i--) out.add(new Change.DropCompositeType(rebuildOrder.get(i)));
        out.addAll(changes);
        dependencyOrder(created).forEach(t -> out.add(new Change.CreateCompositeType(t)));
        List<Change> drops = new ArrayList<>();
        List<CompositeType> dropOrder = dependencyOrder(dropped);
        for (int i = dropOrder.size() - 1; i >= 0; i--) drops.add(new Change.DropCompositeType(dropOrder.get(i)));
        return new Result(out, drops);
    }

    /**
     * Why {@code b} cannot become {@code t} in place with exact rollbacks, null when it can: kept attributes in the same
     * order, the new ones after them, the dropped ones after them.
     */
    private static String inPlaceRefusal(CompositeType b, CompositeType t) {
        List<String> keptBefore = b.attributes().stream().map(Attribute::name).filter(n -> t.attribute(n).isPresent()).toList();
        List<String> keptAfter = t.attributes().stream().map(Attribute::name).filter(n -> b.attribute(n).isPresent()).toList();
        if (!keptBefore.equals(keptAfter)) return "its attributes change order, which ALTER TYPE cannot do";
        if (!prefix(b, keptBefore)) return "an attribute before the last ones is dropped, which a rollback could not put back in place";
        if (!prefix(t, keptAfter)) return "an attribute is added before existing ones, while ADD ATTRIBUTE appends";
        return null;
    }

    /** The first kept attribute whose type or collation changes, described; null when none does. */
    private static String retyped(CompositeType b, CompositeType t) {
        for (Attribute a : b.attributes()) {
            Attribute target = t.attribute(a.name()).orElse(null);
            if (target != null && !target.equals(a)) {
                return "attribute " + a.name() + " changes type (" + a.declared() + " to " + target.declared() + ")";
            }
        }
        return null;
    }

    private static boolean prefix(CompositeType type, List<String> names) {
        for (int i = 0; i < names.size(); i++) if (!type.attributes().get(i).name().equals(names.get(i))) return false;
        return true;
    }

    /**
     * Steps of an in-place change: drops from the last attribute back (each rollback appends, so they come back in
     * order), type changes (only when nothing uses the type, see above), then additions in order.
     */
    private static List<Change> alterations(CompositeType b, CompositeType t, List<String> usedBy) {
        List<Change> out = new ArrayList<>();
        List<Attribute> now = new ArrayList<>(b.attributes());
        for (int i = b.attributes().size() - 1; i >= 0; i--) {
            Attribute a = b.attributes().get(i);
            if (t.attribute(a.name()).isPresent()) continue;
            now.remove(a);
            out.add(new Change.DropCompositeAttribute(b.withAttributes(now), a, usedBy));
        }
        for (Attribute a : t.attributes()) {
            Attribute source = b.attribute(a.name()).orElse(null);
            if (source != null && !source.equals(a)) {
                now.set(now.indexOf(source), a);
                out.add(new Change.AlterCompositeAttribute(b.withAttributes(now), source, a));
            }
        }
        for (Attribute a : t.attributes()) {
            if (b.attribute(a.name()).isPresent()) continue;
            now.add(a);
            out.add(new Change.AddCompositeAttribute(b.withAttributes(now), a));
        }
        if (!Objects.equals(blankToNull(b.comment()), blankToNull(t.comment()))) {
            out.add(new Change.SetCompositeTypeComment(t, b.comment(), t.comment()));
        }
        return out;
    }

    /** Who uses {@code type} before the plan: kept tables' columns, other composite types' attributes, domains over it. */
    private static List<String> users(Schema from, CompositeType type, Function<Predicate<String>, List<String>> tablesUsing) {
        List<String> users = new ArrayList<>(tablesUsing.apply(type::namedBy));
        from.compositeTypes().stream().filter(o -> o != type && o.attributes().stream().anyMatch(a -> type.namedBy(a.type())))
                .forEach(o -> users.add("composite type " + label(o)));
        from.domains().stream().filter(d -> type.namedBy(d.baseType()))
                .forEach(d -> users.add("domain " + (d.schema() == null ? d.name() : d.schema() + "." + d.name())));
        return users;
    }

    /** Types with an attribute of another type of the list after it. */
    private static List<CompositeType> dependencyOrder(List<CompositeType> types) {
        List<CompositeType> pending = new ArrayList<>(types);
        List<CompositeType> out = new ArrayList<>();
        while (!pending.isEmpty()) {
            boolean progressed = false;
            for (var it = pending.iterator(); it.hasNext(); ) {
                CompositeType t = it.next();
                if (pending.stream().noneMatch(o -> o != t && t.attributes().stream().anyMatch(a -> o.namedBy(a.type())))) {
                    out.add(t);
                    it.remove();
                    progressed = true;
                }
            }
            if (!progressed) { // a cycle cannot exist in a database: keep the rest as they are
                out.addAll(pending);
                break;
            }
        }
        return out;
    }

    private static Map<String, CompositeType> byKey(List<CompositeType> types) {
        Map<String, CompositeType> out = new TreeMap<>();
        for (CompositeType t : types) out.put((t.schema() == null ? "" : t.schema()) + "\u0000" + t.name(), t);
        return out;
    }

    /** Tables typed by {@code type} ({@code OF type} in their PostgreSQL options) before the plan and after it. */
    private static List<String> typedTables(Schema from, Schema to, CompositeType type) {
        List<String> out = new ArrayList<>();
        for (dev.schemactl.schema.Table t : from.tables()) {
            String of = Differ.typedTableOf(t.options());
            if (of == null || !type.namedBy(of)) continue;
            boolean stays = to.tables().stream().anyMatch(o -> o.key().equals(t.key()) && Objects.equals(of, Differ.typedTableOf(o.options())));
            if (stays) out.add(t.key());
        }
        return out;
    }

    private static String label(CompositeType t) {
        return t.schema() == null ? t.name() : t.schema() + "." + t.name();
    }

    private static String declared(CompositeType t) {
        return String.join(", ", t.attributes().stream().map(a -> a.name() + " " + a.declared()).toList());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
