package dev.schemactl.diff;

import dev.schemactl.schema.Column;
import dev.schemactl.schema.Domain;
import dev.schemactl.schema.EnumType;
import dev.schemactl.schema.Schema;
import dev.schemactl.schema.Sequence;
import dev.schemactl.schema.SpelledNames;
import dev.schemactl.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The domains, enum types, composite types and sequences a plan would drop while a column of the schema it leads to still uses them
 * (its type, its element type, a domain over the type, its default's cast or {@code nextval}): PostgreSQL refuses the
 * DROP ({@code cannot drop type ... because other objects depend on it}), and a CASCADE would take the column's default
 * or the column with it. They are put back into that schema, so that the plan keeps them, and named with their users.
 */
public final class KeptInUse {

    /** One object kept, e.g. {@code enum type mood} and the columns that use it, e.g. {@code [audit.m]}. */
    public record Kept(String kind, String name, List<String> usedBy) {
        public Kept {
            usedBy = List.copyOf(usedBy);
        }

        /** {@code enum type mood: kept, used by audit.m}. */
        public String description() {
            return kind + " " + name + ": kept, used by " + String.join(", ", usedBy);
        }
    }

    /** @param target the schema plus what it keeps; {@code kept} empty when nothing had to be */
    public record Result(Schema target, List<Kept> kept) {
        public Result {
            kept = List.copyOf(kept);
        }
    }

    private static final Pattern NEXTVAL = Pattern.compile("nextval\\s*\\(\\s*'((?:[^']|'')+)'", Pattern.CASE_INSENSITIVE);

    private KeptInUse() {
    }

    public static Result keep(Schema target, Plan plan) {
        List<Domain> domains = new ArrayList<>(target.domains());
        List<EnumType> enumTypes = new ArrayList<>(target.enumTypes());
        List<Sequence> sequences = new ArrayList<>(target.sequences());
        List<dev.schemactl.schema.CompositeType> composites = new ArrayList<>(target.compositeTypes());
        List<Kept> kept = new ArrayList<>();
        for (Change c : plan.changes()) {
            if (c instanceof Change.DropDomain d && !has(domains, d.domain())) {
                List<String> users = users(target, col -> typeNames(col, target, s -> d.domain().namedBy(s)));
                if (!users.isEmpty()) {
                    domains.add(d.domain());
                    kept.add(new Kept("domain", qualified(d.domain().schema(), d.domain().name()), users));
                }
            } else if (c instanceof Change.DropEnumType d && enumTypes.stream().noneMatch(e -> same(e.schema(), e.name(), d.type().schema(), d.type().name()))) {
                EnumType type = d.type();
                List<String> users = users(target, col -> typeNames(col, target, s -> namesEnum(s, type))
                        || castsTo(col.defaultExpression(), type));
                if (!users.isEmpty()) {
                    enumTypes.add(type);
                    kept.add(new Kept("enum type", qualified(type.schema(), type.name()), users));
                }
            } else if (c instanceof Change.DropCompositeType d
                    && composites.stream().noneMatch(k -> same(k.schema(), k.name(), d.type().schema(), d.type().name()))) {
                List<String> users = users(target, col -> typeNames(col, target, s -> d.type().namedBy(s)));
                if (!users.isEmpty()) {
                    composites.add(d.type());
                    kept.add(new Kept("composite type", qualified(d.type().schema(), d.type().name()), users));
                }
            } else if (c instanceof Change.DropSequence d && sequences.stream().noneMatch(q -> same(q.schema(), q.name(), d.sequence().schema(), d.sequence().name()))) {
                Sequence sequence = d.sequence();
                List<String> users = users(target, col -> nextvalOf(col.defaultExpression(), sequence));
                if (!users.isEmpty()) {
                    sequences.add(sequence);
                    kept.add(new Kept("sequence", qualified(sequence.schema(), sequence.name()), users));
                }
            }
        }
        if (kept.isEmpty()) return new Result(target, List.of());
        return new Result(target.withDomains(domains).withEnumTypes(enumTypes).withSequences(sequences)
                .withCompositeTypes(composites), kept);
    }

    private static boolean has(List<Domain> domains, Domain d) {
        return domains.stream().anyMatch(k -> same(k.schema(), k.name(), d.schema(), d.name()));
    }

    private static boolean same(String schema, String name, String otherSchema, String otherName) {
        return Objects.equals(schema, otherSchema) && name.equals(otherName);
    }

    private static String qualified(String schema, String name) {
        return schema == null ? name : schema + "." + name;
    }

    /** {@code table.column} of every column of the schema the predicate holds for, in table and column order. */
    private static List<String> users(Schema schema, java.util.function.Predicate<Column> uses) {
        List<String> out = new ArrayList<>();
        for (Table t : schema.tables()) {
            for (Column c : t.columns()) if (uses.test(c)) out.add(t.key() + "." + c.name());
        }
        return out;
    }

    /** The column's type, or the base type of the domain it has (and so on), is spelled as {@code names} says. */
    private static boolean typeNames(Column column, Schema schema, java.util.function.Predicate<String> names) {
        String raw = column.type().raw();
        for (int depth = 0; raw != null && depth < 8; depth++) {
            String base = raw.contains("[") ? raw.substring(0, raw.indexOf('[')).trim() : raw.trim();
            if (names.test(base)) return true;
            String spelled = base;
            raw = schema.domains().stream().filter(d -> d.namedBy(spelled)).map(Domain::baseType).findFirst().orElse(null);
        }
        return false;
    }

    /** As the Differ matches a column's type to an enum type: same schema (none for the default one), same name. */
    private static boolean namesEnum(String spelling, EnumType type) {
        int dot = SpelledNames.lastDotOutsideQuotes(spelling);
        String schema = dot < 0 ? null : unquote(spelling.substring(0, dot));
        return Objects.equals(schema, type.schema()) && unquote(spelling.substring(dot + 1)).equals(type.name());
    }

    private static String unquote(String name) {
        return name.length() > 1 && name.startsWith("\"") && name.endsWith("\"")
                ? name.substring(1, name.length() - 1).replace("\"\"", "\"") : name;
    }

    /** A default such as {@code 'ok'::mood} names the type even on a column of another type. */
    private static boolean castsTo(String expression, EnumType type) {
        if (expression == null) return false;
        Matcher m = Pattern.compile("::\\s*((?:\"(?:[^\"]|\"\")+\"|[A-Za-z_][A-Za-z0-9_$]*)(?:\\.(?:\"(?:[^\"]|\"\")+\"|[A-Za-z_][A-Za-z0-9_$]*))?)")
                .matcher(expression);
        while (m.find()) if (namesEnum(m.group(1), type)) return true;
        return false;
    }

    /** The default calls {@code nextval('sequence')}, the name qualified or not, quoted or not. */
    private static boolean nextvalOf(String expression, Sequence sequence) {
        if (expression == null) return false;
        Matcher m = NEXTVAL.matcher(expression);
        while (m.find()) {
            String spelled = m.group(1).replace("''", "'");
            int dot = SpelledNames.lastDotOutsideQuotes(spelled);
            String schema = dot < 0 ? null : identifier(spelled.substring(0, dot));
            String name = identifier(spelled.substring(dot + 1));
            // unqualified: the default schema's (the search_path the catalog printed it under); qualified: that schema's,
            // public's being the default one's when the default is public
            boolean sameSchema = schema == null ? sequence.schema() == null
                    : schema.equals(sequence.schema()) || sequence.schema() == null && schema.equals("public");
            if (name.equals(sequence.name()) && sameSchema) return true;
        }
        return false;
    }

    /** An identifier as PostgreSQL reads it in a regclass literal: quoted as written, else folded to lower case. */
    private static String identifier(String s) {
        String t = s.trim();
        if (t.length() > 1 && t.startsWith("\"") && t.endsWith("\"")) return t.substring(1, t.length() - 1).replace("\"\"", "\"");
        return t.toLowerCase(Locale.ROOT);
    }
}
