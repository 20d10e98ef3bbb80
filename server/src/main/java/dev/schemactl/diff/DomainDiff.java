package dev.schemactl.diff;

import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import dev.schemactl.schema.Domain;
import dev.schemactl.schema.DomainCheck;
import dev.schemactl.schema.Schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Domains by (schema, name), as the {@link Differ} plans them: new ones created (a domain over another one after
 * it), dropped ones dropped at the end (after the columns that used them), and a kept one altered in place: DEFAULT,
 * NOT NULL, its checks added, dropped, renamed (same definition, other name) or validated, its comment. A domain
 * cannot change its base type or collation in place: with no column using it, it is dropped and created again;
 * otherwise the plan is refused (a conversion of every column is a migration to write by hand).
 */
final class DomainDiff {

    /** {@code changes} run before the tables are created, {@code drops} after every other change. */
    record Result(List<Change> changes, List<Change> drops) {
    }

    private DomainDiff() {
    }

    /**
     * @param tablesUsing the tables with columns (existing before the plan, kept) whose type spelling matches
     */
    static Result diff(Schema from, Schema to, Function<Predicate<String>, List<String>> tablesUsing) {
        return diff(from, to, tablesUsing, matches -> List.of());
    }

    /**
     * @param arraysUsing the columns ({@code table.column}, existing before the plan, kept) of an array of a type
     *                    whose spelling matches: PostgreSQL cannot check their elements against a constraint added to
     *                    the domain in place
     */
    static Result diff(Schema from, Schema to, Function<Predicate<String>, List<String>> tablesUsing,
                       Function<Predicate<String>, List<String>> arraysUsing) {
        Map<String, Domain> before = byKey(from.domains());
        Map<String, Domain> after = byKey(to.domains());
        List<Change> changes = new ArrayList<>();
        List<Domain> created = new ArrayList<>();
        List<Domain> dropped = new ArrayList<>();
        after.forEach((key, d) -> {
            Domain b = before.get(key);
            if (b == null) {
                created.add(d);
            } else if (!b.baseType().equals(d.baseType()) || !Objects.equals(b.collation(), d.collation())) {
                List<String> users = new ArrayList<>(tablesUsing.apply(spelling -> mayName(spelling, b)));
                from.domains().stream().filter(o -> o != b && mayName(o.baseType(), b)).forEach(o -> users.add("domain " + label(o)));
                if (!users.isEmpty()) {
                    throw new SchemactlException(ErrorCode.PLAN_REFUSED, "cannot change the base type of domain " + label(d)
                            + " from " + describeType(b) + " to " + describeType(d) + ": " + String.join(", ", users)
                            + " use" + (users.size() == 1 ? "s" : "") + " it, and ALTER DOMAIN cannot change a base type",
                            "write that change by hand in a migration (`schemactl new --empty`): e.g. create a new domain, "
                                    + "convert the columns to it (ALTER TABLE ... ALTER COLUMN ... TYPE), drop the old one; "
                                    + "apply it, then generate this one again");
                }
                changes.add(new Change.DropDomain(b));
                created.add(d);
            } else {
                List<Change> steps = alterations(b, d, tablesUsing.apply(spelling -> mayName(spelling, b)));
                refuseCheckingArrays(d, steps, arraysUsing.apply(spelling -> mayName(spelling, b)));
                changes.addAll(steps);
            }
        });
        before.forEach((key, d) -> {
            if (!after.containsKey(key)) dropped.add(d);
        });
        List<Domain> createOrder = dependencyOrder(created);
        createOrder.forEach(d -> changes.add(new Change.CreateDomain(d)));
        List<Change> drops = new ArrayList<>();
        List<Domain> dropOrder = dependencyOrder(dropped);
        for (int i = dropOrder.size() - 1; i >= 0; i--) drops.add(new Change.DropDomain(dropOrder.get(i)));
        return new Result(changes, drops);
    }

    /** The steps that turn {@code b} into {@code d} (same base type), each {@code domain} as it is when the step runs. */
    private static List<Change> alterations(Domain b, Domain d, List<String> usedBy) {
        List<Change> out = new ArrayList<>();
        Domain now = b;
        if (!Objects.equals(b.defaultExpression(), d.defaultExpression())) {
            now = now.withDefault(d.defaultExpression());
            out.add(new Change.SetDomainDefault(now, b.defaultExpression(), d.defaultExpression()));
        }
        // checks go before NOT NULL is set (and after it is dropped) only by convention: they do not depend on each other
        if (b.notNull() && !d.notNull()) {
            now = now.withNotNull(false);
            out.add(new Change.SetDomainNotNull(now, false, usedBy));
        }
        List<DomainCheck> gone = new ArrayList<>();
        List<DomainCheck> added = new ArrayList<>();
        for (DomainCheck c : b.checks()) {
            DomainCheck target = d.check(c.name()).orElse(null);
            if (target == null || !target.definition().equals(c.definition()) || (!c.notValid() && target.notValid())) gone.add(c);
        }
        for (DomainCheck c : d.checks()) {
            DomainCheck source = b.check(c.name()).orElse(null);
            if (source == null || gone.contains(source)) added.add(c);
        }
        // a check kept under another name: same definition and validity
        List<String[]> renamed = new ArrayList<>();
        for (DomainCheck g : List.copyOf(gone)) {
            if (d.check(g.name()).isPresent()) continue; // the name stays, with another definition
            DomainCheck match = added.stream().filter(a -> b.check(a.name()).isEmpty() && a.definition().equals(g.definition())
                    && a.notValid() == g.notValid()).findFirst().orElse(null);
            if (match == null) continue;
            gone.remove(g);
            added.remove(match);
            renamed.add(new String[]{g.name(), match.name()});
        }
        for (DomainCheck c : gone) {
            now = now.withChecks(now.checks().stream().filter(k -> !k.name().equals(c.name())).toList());
            out.add(new Change.DropDomainCheck(now, c));
        }
        for (String[] r : renamed) {
            now = now.withChecks(now.checks().stream().map(k -> k.name().equals(r[0]) ? k.withName(r[1]) : k).toList());
            out.add(new Change.RenameDomainCheck(now, r[0], r[1]));
        }
        for (DomainCheck c : b.checks()) {
            DomainCheck target = d.check(c.name()).orElse(null);
            if (target != null && !gone.contains(c) && c.notValid() && !target.notValid()) {
                now = now.withChecks(now.checks().stream().map(k -> k.name().equals(c.name()) ? target : k).toList());
                out.add(new Change.ValidateDomainCheck(now, target, usedBy));
            }
        }
        for (DomainCheck c : added) {
            List<DomainCheck> checks = new ArrayList<>(now.checks());
            checks.add(c);
            now = now.withChecks(checks);
            out.add(new Change.AddDomainCheck(now, c, usedBy));
        }
        if (!b.notNull() && d.notNull()) {
            now = now.withNotNull(true);
            out.add(new Change.SetDomainNotNull(now, true, usedBy));
        }
        if (!Objects.equals(blankToNull(b.comment()), blankToNull(d.comment()))) {
            now = now.withComment(d.comment());
            out.add(new Change.SetDomainComment(now, b.comment(), d.comment()));
        }
        return out;
    }

    /**
     * PostgreSQL refuses to check existing values inside arrays: ALTER DOMAIN ... ADD CONSTRAINT (validated), VALIDATE
     * CONSTRAINT and SET NOT NULL fail with "cannot alter type ... because column ... uses it" while a column is an array
     * of the domain; and so would the rollback of a validated check dropped or of NOT NULL dropped. A check added or
     * dropped NOT VALID is fine both ways.
     */
    private static void refuseCheckingArrays(Domain d, List<Change> steps, List<String> arrayColumns) {
        if (arrayColumns.isEmpty()) return;
        List<String> checking = new ArrayList<>();
        for (Change c : steps) {
            if (c instanceof Change.AddDomainCheck a && !a.check().notValid()) checking.add("add check " + a.check().name());
            if (c instanceof Change.ValidateDomainCheck v) checking.add("validate check " + v.check().name());
            if (c instanceof Change.SetDomainNotNull n && n.notNull()) checking.add("set not null");
            if (c instanceof Change.DropDomainCheck g && !g.check().notValid()) checking.add("drop check " + g.check().name() + " (its rollback adds it back)");
            if (c instanceof Change.SetDomainNotNull n && !n.notNull()) checking.add("drop not null (its rollback sets it again)");
        }
        if (checking.isEmpty()) return;
        throw new SchemactlException(ErrorCode.PLAN_REFUSED, "cannot " + String.join(", ", checking) + " on domain " + label(d) + ": "
                + String.join(", ", arrayColumns) + (arrayColumns.size() == 1 ? " is an array" : " are arrays")
                + " of it, and PostgreSQL's ALTER DOMAIN cannot check the values inside arrays",
                "write that change by hand in a migration (`schemactl new --empty`): convert the column"
                        + (arrayColumns.size() == 1 ? "" : "s") + " to an array of the base type (ALTER TABLE ... ALTER COLUMN ... TYPE "
                        + d.baseType() + "[]), alter the domain, then convert back (TYPE " + label(d) + "[] USING column::"
                        + label(d) + "[], which checks every element); or add the check NOT VALID. Apply it, then generate this one again");
    }

    /** Domains over other domains of the list after them. */
    private static List<Domain> dependencyOrder(List<Domain> domains) {
        List<Domain> pending = new ArrayList<>(domains);
        List<Domain> out = new ArrayList<>();
        while (!pending.isEmpty()) {
            boolean progressed = false;
            for (var it = pending.iterator(); it.hasNext(); ) {
                Domain d = it.next();
                if (pending.stream().noneMatch(o -> o != d && mayName(baseName(d.baseType()), o))) {
                    out.add(d);
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

    private static Map<String, Domain> byKey(List<Domain> domains) {
        Map<String, Domain> out = new TreeMap<>();
        for (Domain d : domains) out.put((d.schema() == null ? "" : d.schema()) + "\u0000" + d.name(), d);
        return out;
    }

    private static String label(Domain d) {
        return d.schema() == null ? d.name() : d.schema() + "." + d.name();
    }

    private static String describeType(Domain d) {
        return d.baseType() + (d.collation() == null ? "" : " COLLATE " + d.collation());
    }

    private static String baseName(String type) {
        int bracket = type.indexOf('[');
        return bracket < 0 ? type : type.substring(0, bracket);
    }

    /** See {@link Domain#namedBy}. */
    static boolean mayName(String spelling, Domain d) {
        return d.namedBy(spelling);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
