package dev.schemactl.source;

import dev.schemactl.diff.Expressions;
import dev.schemactl.schema.CheckConstraint;
import dev.schemactl.schema.Column;
import dev.schemactl.schema.EnumType;
import dev.schemactl.schema.ForeignKey;
import dev.schemactl.schema.Index;
import dev.schemactl.schema.IndexColumn;
import dev.schemactl.schema.PrimaryKey;
import dev.schemactl.schema.Schema;
import dev.schemactl.schema.Sequence;
import dev.schemactl.schema.SequenceOwner;
import dev.schemactl.schema.Table;
import dev.schemactl.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Gives a desired state read from entities what entities cannot say, taken from the live object it matches, so that
 * adopting schemactl on an existing database does not plan changes nobody asked for (REMOVE PARTITIONING, SET LOGGED,
 * VALIDATE CONSTRAINT, rebuilt indexes). Entities stay the desired state for what they can say: column types,
 * nullability, defaults, comments, unique keys, foreign keys and their ON DELETE action, index columns and their
 * direction, checks. A desired state from SQL or another database says everything and is never passed here.
 * <p>
 * Carried, from the live table of the same name:
 * <ul>
 *   <li>table options ({@code engineOptions} decides which: MariaDB ROW_FORMAT, stats options, system versioning,
 *       the partition clause, but not an ENGINE other than InnoDB, which Hibernate's DDL does say; PostgreSQL
 *       UNLOGGED) and the table's default collation;</li>
 *   <li>a column's collation and character set (entities refuse {@code @Collate}), and the name of its identity's
 *       sequence;</li>
 *   <li>a column default's casts where the entity's default is the live default's string literal ({@code 'active'}
 *       and {@code 'active'::text}: the same value, written another way), and its spelling where the two differ only in
 *       a number's trailing fractional zeros ({@code 0} and {@code 0.00});</li>
 *   <li>the DESC parts, the method (a MariaDB MEMORY table's BTREE key), the INCLUDE columns, the comment
 *       (PostgreSQL's {@code COMMENT ON CONSTRAINT}) and its index's comment of a primary key over the same columns;</li>
 *   <li>of an index (same name, else same columns): method, opclasses, key collations, MariaDB key prefixes, NULLS
 *       FIRST/LAST, partial-index predicate, INCLUDE columns, NULLS NOT DISTINCT, storage parameters ({@code WITH
 *       (...)}), comment, MariaDB IGNORED, PostgreSQL's statistics targets of its keys ({@code ALTER INDEX ... SET
 *       STATISTICS});</li>
 *   <li>of a unique key (same columns): DEFERRABLE, NULLS NOT DISTINCT, INCLUDE, its comment and its index's comment; where the database keeps it as a unique
 *       index instead (MariaDB, for a commented or IGNORED key; a partial or INCLUDE unique index), that index;</li>
 *   <li>of a foreign key (same columns and referenced table and columns): MATCH FULL, ON UPDATE, DEFERRABLE,
 *       NOT VALID, its comment, and the SET NULL/SET DEFAULT column list when ON DELETE is the live one;</li>
 *   <li>of a check (same name, else same expression): NOT VALID, NO INHERIT and its comment, and when matched by
 *       expression its name;</li>
 *   <li>of a sequence (same name): its OWNED BY column, when the desired state has that column, its comment and
 *       whether it is UNLOGGED;</li>
 *   <li>of an enum type (same schema and name): its comment.</li>
 * </ul>
 * Carried whole, when the desired state has none of that schema and name: a mapped table's live indexes with an
 * expression key (entities declare indexes over columns only), the live enum types (entities declare none), the
 * live domains and composite types (entities declare neither) and the standalone sequences of the managed schemas other than the first (entities name their objects in the first
 * schema only).
 * Matching is by exact name, else ignoring case (MariaDB keeps an unquoted name's case as written).
 */
public final class EntityBlindSpots {
    private EntityBlindSpots() {
    }

    /**
     * @param engineOptions from a live table's options, the ones an entity table keeps (see
     *                      {@code Engine.entityTableOptions})
     */
    public static Schema carry(Schema desired, Schema live, UnaryOperator<String> engineOptions) {
        return carry(desired, live, engineOptions, (entity, liveType) -> entity);
    }

    /**
     * @param engineOptions from a live table's options, the ones an entity table keeps (see
     *                      {@code Engine.entityTableOptions})
     * @param engineTypes   from an entity column's type and the live column's, the type the entity keeps (see
     *                      {@code Engine.entityColumnType})
     */
    public static Schema carry(Schema desired, Schema live, UnaryOperator<String> engineOptions,
                               java.util.function.BinaryOperator<dev.schemactl.schema.ColumnType> engineTypes) {
        List<Table> tables = new ArrayList<>();
        for (Table t : desired.tables()) {
            Optional<Table> match = one(live.tables(), l -> Objects.equals(l.schema(), t.schema()), Table::name, t.name());
            tables.add(match.map(l -> table(t, l, engineOptions, engineTypes)).orElse(t));
        }
        Schema withTables = desired.withTables(tables);
        List<Sequence> sequences = new ArrayList<>(desired.sequences().stream().map(q -> one(live.sequences(),
                l -> Objects.equals(l.schema(), q.schema()), Sequence::name, q.name())
                .map(l -> q.withOwner(owner(l, withTables)).withComment(l.comment()).withUnlogged(l.unlogged())).orElse(q)).toList());
        List<EnumType> enumTypes = new ArrayList<>(desired.enumTypes().stream().map(e -> one(live.enumTypes(),
                l -> Objects.equals(l.schema(), e.schema()), EnumType::name, e.name())
                .map(l -> e.withComment(l.comment())).orElse(e)).toList());
        // entities live in the first schema: another managed schema's types and sequences are the database's to keep
        for (Sequence l : live.sequences()) {
            if (l.schema() != null && sequences.stream().noneMatch(q -> sameObject(q.schema(), q.name(), l.schema(), l.name()))) sequences.add(l);
        }
        // entities declare no enum types at all (an enum field is a varchar or a number): every live one stays, also the
        // first schema's (a table they do not map, kept, may use it: the plan dropped it, and failed)
        for (EnumType l : live.enumTypes()) {
            if (enumTypes.stream().noneMatch(e -> sameObject(e.schema(), e.name(), l.schema(), l.name()))) enumTypes.add(l);
        }
        // nor domains (a field maps to a plain type): every live one stays, for the tables and columns that still use them
        return withTables.withSequences(sequences).withEnumTypes(enumTypes).withDomains(live.domains())
                .withCompositeTypes(live.compositeTypes());
    }

    /**
     * True when index {@code index} of {@code live} uses a column of {@code live} that {@code desired} does not have: as
     * a key or INCLUDE column, or named in a key expression or the predicate (as an identifier, bare or double-quoted, outside
     * string literals; a word that only looks like the column errs towards "uses", which drops the index with the
     * column, as --drop-extra asked, rather than keeping it over nothing).
     */
    static boolean usesAColumnNotIn(Index index, Table live, Table desired) {
        Set<String> kept = new HashSet<>();
        desired.columns().forEach(c -> kept.add(c.name().toLowerCase(java.util.Locale.ROOT)));
        List<String> gone = live.columns().stream().map(Column::name).filter(n -> !kept.contains(n.toLowerCase(java.util.Locale.ROOT))).toList();
        if (gone.isEmpty()) return false;
        StringBuilder text = new StringBuilder();
        for (IndexColumn c : index.columns()) {
            if (c.isExpression()) text.append(c.expression()).append('\n');
            else if (gone.stream().anyMatch(g -> g.equalsIgnoreCase(c.name()))) return true;
        }
        if (index.include() != null && index.include().stream().anyMatch(i -> gone.stream().anyMatch(g -> g.equalsIgnoreCase(i)))) return true;
        if (index.predicate() != null) text.append(index.predicate());
        String code = text.toString().replaceAll("'(?:[^']|'')*'", "''");
        return gone.stream().anyMatch(g -> java.util.regex.Pattern.compile("(?i)(?<![\\w$])\"?" + java.util.regex.Pattern.quote(g)
                + "\"?(?![\\w$])").matcher(code).find());
    }

    private static boolean sameObject(String schema, String name, String otherSchema, String otherName) {
        return Objects.equals(schema, otherSchema) && name.equals(otherName);
    }

    /**
     * A live sequence's OWNED BY, under the desired names, when the desired state has that column (else none): its
     * table is of the sequence's schema (PostgreSQL keeps them together).
     */
    private static SequenceOwner owner(Sequence sequence, Schema desired) {
        SequenceOwner live = sequence.owner();
        if (live == null) return null;
        return one(desired.tables(), t -> Objects.equals(t.schema(), sequence.schema()), Table::name, live.table())
                .flatMap(t -> one(t.columns(), c -> true, Column::name, live.column())
                        .map(c -> new SequenceOwner(t.name(), c.name())))
                .orElse(null);
    }

    private static Table table(Table t, Table live, UnaryOperator<String> engineOptions,
                               java.util.function.BinaryOperator<dev.schemactl.schema.ColumnType> engineTypes) {
        List<Column> columns = t.columns().stream().map(c -> one(live.columns(), x -> true, Column::name, c.name())
                .map(l -> column(c.withType(engineTypes.apply(c.type(), l.type())), l)).orElse(c)).toList();
        PrimaryKey pk = t.primaryKey();
        if (pk != null && live.primaryKey() != null && sameNames(pk.columns(), live.primaryKey().columns())) {
            List<String> descending = pk.columns().stream().filter(c -> live.primaryKey().descending().stream()
                    .anyMatch(d -> d.equalsIgnoreCase(c))).toList();
            pk = new PrimaryKey(pk.name(), pk.columns(), descending, pk.method() != null ? pk.method() : live.primaryKey().method(),
                    live.primaryKey().include(), live.primaryKey().comment(), live.primaryKey().indexComment(),
                    pk.prefixes().isEmpty() ? live.primaryKey().prefixes() : pk.prefixes(), // entities cannot say a key prefix
                    live.primaryKey().storage()); // nor the storage parameters of its index
        }
        List<UniqueConstraint> uniques = new ArrayList<>();
        List<Index> indexes = new ArrayList<>();
        Set<Index> usedLive = new HashSet<>();
        for (UniqueConstraint u : t.uniques()) {
            Optional<UniqueConstraint> lu = live.uniques().stream().filter(l -> sameNames(l.columns(), u.columns())).findFirst();
            if (lu.isPresent()) {
                uniques.add(new UniqueConstraint(u.name(), u.columns(), lu.get().deferral(), lu.get().nullsNotDistinct(),
                        lu.get().include(), lu.get().comment(), lu.get().indexComment(), lu.get().storage(), UniqueConstraint.NO_KEY_ORDER));
                continue;
            }
            Optional<Index> li = live.indexes().stream().filter(l -> l.unique() && !usedLive.contains(l)
                    && l.columns().stream().noneMatch(IndexColumn::isExpression)
                    && l.columns().stream().noneMatch(IndexColumn::descending) && sameNames(l.columnNames(), u.columns())).findFirst();
            if (li.isPresent()) {
                usedLive.add(li.get());
                indexes.add(li.get());
            } else {
                uniques.add(u);
            }
        }
        for (Index i : t.indexes()) {
            Optional<Index> byName = i.name() == null ? Optional.empty()
                    : one(live.indexes(), l -> !usedLive.contains(l) && sameNames(l.columnNames(), i.columnNames()), Index::name, i.name());
            Optional<Index> match = byName.isPresent() ? byName : live.indexes().stream()
                    .filter(l -> !usedLive.contains(l) && l.unique() == i.unique() && sameNames(l.columnNames(), i.columnNames()))
                    .findFirst();
            match.ifPresent(usedLive::add);
            indexes.add(match.map(l -> index(i, l)).orElse(i));
        }
        // an entity declares keys over columns only: a live index with an expression key is none of its business, and
        // --drop-extra dropped it (SQLite's lower(email), PostgreSQL's functional indexes); kept, unless an index of the
        // entity takes its name, or the entity drops a column it uses (kept, it outlived the column: PostgreSQL's DROP
        // COLUMN took it along, the rollback did not bring it back, and a SQLite rebuild recreated it over a missing column)
        for (Index l : live.indexes()) {
            if (usedLive.contains(l) || l.columns().stream().noneMatch(IndexColumn::isExpression)) continue;
            if (indexes.stream().anyMatch(i -> i.name() != null && i.name().equalsIgnoreCase(l.name()))) continue;
            if (usesAColumnNotIn(l, live, t)) continue;
            indexes.add(l);
        }
        List<ForeignKey> foreignKeys = t.foreignKeys().stream().map(f -> live.foreignKeys().stream()
                .filter(l -> sameNames(l.columns(), f.columns()) && l.referencedTable().equalsIgnoreCase(f.referencedTable())
                        && sameNames(l.referencedColumns(), f.referencedColumns()))
                .findFirst().map(l -> foreignKey(f, l)).orElse(f)).toList();
        List<CheckConstraint> checks = t.checks().stream().map(c -> {
            Optional<CheckConstraint> match = c.name() == null ? Optional.empty() : one(live.checks(), x -> true, CheckConstraint::name, c.name());
            boolean byName = match.isPresent();
            if (match.isEmpty()) {
                String expression = Expressions.normalize(c.expression());
                match = live.checks().stream().filter(l -> Objects.equals(Expressions.normalize(l.expression()), expression)).findFirst();
            }
            // the live check's written text too, when it says the same (a pg_dump-loaded IN list: see PostgresInspector);
            // and its name when the match is by expression: the entity's is made up (a MariaDB CONSTRAINT_n against a
            // t_c_check an earlier schemactl wrote), and a rename would drop and re-add the check for nothing
            return match.map(l -> new CheckConstraint(byName || l.name() == null ? c.name() : l.name(), c.expression(), l.notValid(),
                    l.comment(), l.noInherit(),
                    Objects.equals(Expressions.normalize(l.expression()), Expressions.normalize(c.expression())) ? l.written() : null)).orElse(c);
        }).toList();
        String options = t.options() != null ? t.options() : engineOptions.apply(live.options());
        String collation = t.collation() != null ? t.collation() : live.collation();
        // nor an application-time period: the live ones over columns the entity keeps stay
        List<dev.schemactl.schema.Period> periods = !t.periods().isEmpty() ? t.periods() : live.periods().stream()
                .filter(p -> t.column(p.start()).isPresent() && t.column(p.end()).isPresent()).toList();
        return new Table(t.name(), columns, pk, uniques, indexes, foreignKeys, checks, t.comment(), t.schema(), collation, options, periods);
    }

    private static Column column(Column c, Column live) {
        // PostgreSQL compression, storage, statistics target: kept while the column stays of its kind (a text column's
        // STORAGE EXTERNAL would be refused on the integer an entity makes of it)
        if (c.options() == null && c.type().kind() == live.type().kind()) c = c.withOptions(live.options());
        // the name of an identity's sequence (SEQUENCE NAME, or kept from before a table rename): entities cannot say it
        if (c.identity() != null && live.identity() != null && c.identity().sequenceName() == null
                && live.identity().sequenceName() != null && standard(c.identity()) && standard(live.identity())) {
            c = c.withIdentity(c.identity().withSequenceName(live.identity().sequenceName()));
        }
        // the live spelling of the same default: its casts, or its number's trailing zeros (an entity's 0 where the
        // database has 0.00, which PostgreSQL keeps apart from 0 and compares as written)
        if (c.defaultExpression() != null && (Expressions.same(c.defaultExpression(), castLiteral(live.defaultExpression()))
                || Expressions.same(c.defaultExpression(), live.defaultExpression()))) {
            c = c.withDefault(live.defaultExpression());
        }
        // an explicit DEFAULT NULL (PostgreSQL keeps it, null::character varying) where the entity says no default: the
        // same values, kept while the column stays of its kind (its cast would not fit another type)
        if (c.defaultExpression() == null && isNullDefault(live.defaultExpression()) && c.type().kind() == live.type().kind()) {
            c = c.withDefault(live.defaultExpression());
        }
        if (c.collation() != null || c.charset() != null) return c;
        return new Column(c.name(), c.type(), c.nullable(), c.defaultExpression(), c.identity(), c.generatedExpression(),
                c.generatedKind(), c.comment(), live.collation(), live.charset(), c.onUpdate(), c.invisible(), c.check(), c.options());
    }

    private static boolean standard(dev.schemactl.schema.Identity id) {
        return id.kind() == dev.schemactl.schema.Identity.Kind.ALWAYS || id.kind() == dev.schemactl.schema.Identity.Kind.BY_DEFAULT;
    }

    private static final java.util.regex.Pattern NULL_DEFAULT = java.util.regex.Pattern.compile(
            "\\(*\\s*null\\s*\\)*(?:::[\\w\\s.\"\\[\\](),]+)?", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** {@code null}, {@code NULL::character varying}, {@code (NULL)::integer}: a default that is SQL NULL. */
    static boolean isNullDefault(String live) {
        return live != null && NULL_DEFAULT.matcher(live.strip()).matches();
    }

    /** What follows a default's string literal when it is only casts: {@code ::text}, {@code )::character varying}. */
    private static final java.util.regex.Pattern ONLY_CASTS = java.util.regex.Pattern.compile("(?:\\)|::[\\w\\s.\"\\[\\](),]+)*");

    /**
     * The string literal of a live default that is that literal with casts ({@code 'active'::text}, which PostgreSQL
     * keeps as written: see PostgresDefaults), null for any other default. An entity's {@code 'active'} is that default.
     */
    private static String castLiteral(String live) {
        if (live == null || !live.contains("::")) return null;
        String s = live.strip();
        int open = 0;
        while (open < s.length() && s.charAt(open) == '(') open++;
        if (open >= s.length() || s.charAt(open) != '\'') return null;
        int end = open + 1;
        while (end < s.length()) {
            if (s.charAt(end) == '\'' && (end + 1 >= s.length() || s.charAt(end + 1) != '\'')) break;
            end += s.charAt(end) == '\'' ? 2 : 1;
        }
        if (end >= s.length()) return null;
        String rest = s.substring(end + 1);
        long closing = rest.chars().filter(ch -> ch == ')').count() - rest.chars().filter(ch -> ch == '(').count();
        return ONLY_CASTS.matcher(rest).matches() && closing == open ? s.substring(open, end + 1) : null;
    }

    /** The entity's columns and directions and uniqueness, the live index's everything else. */
    private static Index index(Index i, Index live) {
        List<IndexColumn> columns = new ArrayList<>();
        for (int k = 0; k < i.columns().size(); k++) {
            IndexColumn c = i.columns().get(k);
            IndexColumn l = live.columns().get(k);
            columns.add(c.isExpression() ? c.withStatistics(l.statistics()) : new IndexColumn(c.name(), null, c.descending(),
                    c.descending() == l.descending() ? l.nulls() : c.nulls(), l.opclass(), l.collation(), l.prefixLength(), l.statistics()));
        }
        return new Index(i.name(), columns, i.unique(), live.method(), live.predicate(), live.include(), live.nullsNotDistinct(),
                live.storage(), live.comment(), live.ignored());
    }

    private static ForeignKey foreignKey(ForeignKey f, ForeignKey live) {
        return new ForeignKey(f.name(), f.columns(), f.referencedTable(), f.referencedColumns(), f.onDelete(), live.onUpdate(),
                live.deferral(), f.referencedSchema(), live.matchFull(), f.onDelete() == live.onDelete() ? live.onDeleteColumns() : List.of(),
                live.notValid(), live.comment());
    }

    private static <T> Optional<T> one(List<T> items, Predicate<T> also, java.util.function.Function<T, String> name, String wanted) {
        Optional<T> exact = items.stream().filter(also).filter(x -> wanted.equals(name.apply(x))).findFirst();
        if (exact.isPresent()) return exact;
        List<T> folded = items.stream().filter(also).filter(x -> wanted.equalsIgnoreCase(name.apply(x))).toList();
        return folded.size() == 1 ? Optional.of(folded.get(0)) : Optional.empty();
    }

    private static boolean sameNames(List<String> a, List<String> b) {
        if (a.size() != b.size()) return false;
        for (int k = 0; k < a.size(); k++) if (!a.get(k).equalsIgnoreCase(b.get(k))) return false;
        return true;
    }
}
