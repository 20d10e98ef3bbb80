package dev.schemactl.source;

import dev.schemactl.engine.TypeNames;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import dev.schemactl.schema.CheckConstraint;
import dev.schemactl.schema.Column;
import dev.schemactl.schema.ColumnType;
import dev.schemactl.schema.ForeignKey;
import dev.schemactl.schema.Index;
import dev.schemactl.schema.IndexColumn;
import dev.schemactl.schema.PrimaryKey;
import dev.schemactl.schema.ReferentialAction;
import dev.schemactl.schema.Schema;
import dev.schemactl.schema.Sequence;
import dev.schemactl.schema.Table;
import dev.schemactl.schema.UniqueConstraint;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Selectable;
import org.hibernate.mapping.UniqueKey;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns Hibernate's boot-time relational model ({@code metadata.getDatabase()}) into the neutral
 * {@link Schema}: exactly the tables, constraints and sequences Hibernate's schema export would create
 * for the dialect, with column types normalized by the engine's {@link TypeNames}.
 */
final class HibernateMappingConverter {
    private final Metadata metadata;
    private final TypeNames typeNames;
    /** Table (identity) → the entity that maps it, for error messages. */
    private final Map<org.hibernate.mapping.Table, String> owners = new HashMap<>();

    /**
     * True where the engine keeps an unquoted name as written (MariaDB: Hibernate's {@code Publisher_id},
     * {@code FKhcoup...} stay so in the catalog); elsewhere unquoted names fold and the model spells them in lower case.
     */
    private final boolean keepsUnquotedCase;

    /**
     * True where an unnamed CHECK that Hibernate writes inside a column's definition belongs to the column (MariaDB
     * keeps it as a column-level constraint, restated by every MODIFY): it becomes {@link Column#check()}, not a
     * table check.
     */
    private final boolean columnLevelChecks;

    /** The engine's name for the n-th unnamed table check, or null where checks are named like PostgreSQL names them. */
    private final java.util.function.IntFunction<String> numberedCheckName;

    HibernateMappingConverter(Metadata metadata, TypeNames typeNames, boolean keepsUnquotedCase, boolean columnLevelChecks,
                              java.util.function.IntFunction<String> numberedCheckName) {
        this.metadata = metadata;
        this.numberedCheckName = numberedCheckName;
        this.typeNames = typeNames;
        this.keepsUnquotedCase = keepsUnquotedCase;
        this.columnLevelChecks = columnLevelChecks;
        List<PersistentClass> entities = new ArrayList<>(metadata.getEntityBindings());
        entities.sort(java.util.Comparator.comparing((PersistentClass e) -> e.getSuperclass() != null)
                .thenComparing(PersistentClass::getEntityName));
        for (PersistentClass entity : entities) {
            owners.putIfAbsent(entity.getTable(), entity.getClassName());
            entity.getJoins().forEach(join -> owners.putIfAbsent(join.getTable(), entity.getClassName()));
        }
        for (org.hibernate.mapping.Collection c : metadata.getCollectionBindings()) {
            if (c.getCollectionTable() != null) owners.putIfAbsent(c.getCollectionTable(), c.getRole());
        }
    }

    Schema convert() {
        var database = metadata.getDatabase();
        if (!database.getAuxiliaryDatabaseObjects().isEmpty()) {
            String what = database.getAuxiliaryDatabaseObjects().stream()
                    .map(o -> o.getExportIdentifier()).sorted().toList().toString();
            throw unmappable("the models declare auxiliary database objects " + what,
                    "schemactl models tables and sequences only; create such objects in a hand-written migration");
        }
        List<Table> tables = new ArrayList<>();
        List<Sequence> sequences = new ArrayList<>();
        TreeMap<String, String> seenTables = new TreeMap<>();
        for (Namespace namespace : database.getNamespaces()) {
            if (!namespace.getUserDefinedTypes().isEmpty()) {
                throw unmappable("the models declare user-defined (struct/array) types "
                                + namespace.getUserDefinedTypes().stream().map(u -> u.getName()).sorted().toList(),
                        "map these attributes as embeddables or plain columns; schemactl does not model SQL types");
            }
            boolean defaultNamespace = isDefault(namespace);
            for (var sequence : namespace.getSequences()) {
                String name = objectName(sequence.getName().getSequenceName().getText());
                if (!defaultNamespace) {
                    throw unmappable("sequence " + name + " is declared in " + describe(namespace),
                            "drop the schema/catalog from the generator; schemactl manages the connection's current schema");
                }
                sequences.add(withHibernateCache(new Sequence(name, sequence.getInitialValue(), sequence.getIncrementSize())));
            }
            for (org.hibernate.mapping.Table table : namespace.getTables()) {
                if (table.isView()) {
                    throw unmappable("entity " + owner(table) + " maps the view " + table.getName(),
                            "schemactl models tables only; create the view in a hand-written migration");
                }
                if (!table.isPhysicalTable()) continue; // @Subselect entities and abstract TABLE_PER_CLASS roots have no table
                if (!defaultNamespace) {
                    throw unmappable("table " + name(table) + " of " + owner(table) + " is declared in "
                                    + describe(namespace),
                            "drop schema/catalog from @Table; schemactl manages the connection's current schema");
                }
                Table converted = table(table);
                String previous = seenTables.put(converted.name(), owner(table));
                if (previous != null) {
                    throw unmappable("two tables are both named " + converted.name() + " once lower-cased ("
                            + previous + ", " + owner(table) + ")", "give the tables distinct names");
                }
                tables.add(converted);
            }
        }
        return new Schema(tables, sequences);
    }

    /**
     * The sequence as Hibernate's own {@code CREATE SEQUENCE} makes it: MariaDB's dialect writes {@code nocache} (so ids
     * do not skip a cached range), which the inspector reads as a cache of 0.
     */
    private Sequence withHibernateCache(Sequence sequence) {
        String create;
        try {
            create = metadata.getDatabase().getDialect().getSequenceSupport()
                    .getCreateSequenceString(sequence.name(), (int) sequence.start(), (int) sequence.increment());
        } catch (RuntimeException e) {
            return sequence; // a dialect without sequences: the model's defaults
        }
        if (!create.toLowerCase(java.util.Locale.ROOT).matches(".*\\bnocache\\b.*")) return sequence;
        return new Sequence(sequence.schema(), sequence.name(), sequence.start(), sequence.increment(), sequence.minValue(),
                sequence.maxValue(), 0L, sequence.cycle(), sequence.dataType(), sequence.owner(), sequence.comment(), sequence.unlogged());
    }

    private Table table(org.hibernate.mapping.Table table) {
        String name = name(table);
        if (table.getOptions() != null && !table.getOptions().isBlank()) {
            throw unmappable("table " + name + " of " + owner(table) + " has options '" + table.getOptions() + "'",
                    "remove @Table(options=...); schemactl cannot represent table options");
        }
        Set<String> primaryKeyColumns = new HashSet<>();
        PrimaryKey primaryKey = null;
        if (table.hasPrimaryKey()) {
            List<String> cols = names(table.getPrimaryKey().getColumns());
            primaryKeyColumns.addAll(cols);
            primaryKey = new PrimaryKey(null, cols);
        }

        List<Column> columns = new ArrayList<>();
        List<String> columnNames = new ArrayList<>();
        for (org.hibernate.mapping.Column column : table.getColumns()) {
            Column converted = column(table, column, primaryKeyColumns);
            columns.add(converted);
            columnNames.add(converted.name());
        }

        List<UniqueConstraint> uniques = new ArrayList<>();
        Set<List<String>> uniqueColumnSets = new HashSet<>();
        for (UniqueKey key : table.getUniqueKeys().values()) {
            List<String> cols = names(key.getColumns());
            if (uniqueColumnSets.add(cols)) {
                uniques.add(new UniqueConstraint(key.isNameExplicit() ? objectName(key.getName()) : null, cols));
            }
        }
        for (org.hibernate.mapping.Column column : table.getColumns()) {
            // a unique column always has a unique key in Hibernate 7; guard against one without
            List<String> cols = List.of(name(column));
            if (column.isUnique() && !primaryKeyColumns.containsAll(cols) && uniqueColumnSets.add(cols)) {
                uniques.add(new UniqueConstraint(null, cols));
            }
        }

        List<Index> indexes = new ArrayList<>();
        for (org.hibernate.mapping.Index index : table.getIndexes().values()) {
            indexes.add(index(table, index));
        }

        List<ForeignKey> foreignKeys = new ArrayList<>();
        for (org.hibernate.mapping.ForeignKey fk : table.getForeignKeyCollection()) {
            if (!fk.isCreationEnabled() || !fk.isPhysicalConstraint()) continue; // Hibernate does not create these
            foreignKeys.add(foreignKey(table, fk));
        }

        return new Table(name, columns, primaryKey, uniques, Table.byName(indexes), foreignKeys, checks(table, columnNames),
                blankToNull(table.getComment()));
    }

    private Column column(org.hibernate.mapping.Table table, org.hibernate.mapping.Column column, Set<String> primaryKeyColumns) {
        String name = name(column);
        String where = "column " + name(table) + "." + name + " of " + owner(table);
        if (column.getCollation() != null && !column.getCollation().isBlank()) {
            throw unmappable(where + " has collation " + column.getCollation(),
                    "remove @Collate; schemactl does not model column collations");
        }
        if (column.getOptions() != null && !column.getOptions().isBlank()) {
            throw unmappable(where + " has options '" + column.getOptions() + "'",
                    "remove @Column(options=...); schemactl cannot represent column options");
        }
        String sqlType;
        try {
            sqlType = column.getSqlType(metadata);
        } catch (RuntimeException e) {
            throw unmappable(where + " has no SQL type: " + oneLine(e.getMessage()),
                    "give the attribute a type Hibernate can map for this dialect (or @Column(columnDefinition=...))");
        }
        ColumnDefinitionClauses clauses = column.getSqlType() != null ? ColumnDefinitionClauses.split(sqlType)
                : new ColumnDefinitionClauses(sqlType, null, false);
        ColumnType type = typeNames.parse(clauses.type());
        boolean identity = column.isIdentity();
        boolean nullable = column.isNullable() && !clauses.notNull() && !identity && !primaryKeyColumns.contains(name);
        String defaultValue = clauses.defaultExpression() != null ? clauses.defaultExpression() : blankToNull(column.getDefaultValue());
        Column converted = new Column(name, type, nullable, defaultValue, identity,
                blankToNull(column.getGeneratedAs()), blankToNull(column.getComment()));
        String inline = inlineCheck(column);
        return inline == null ? converted : converted.withCheck(inline);
    }

    /** The column's one unnamed CHECK where the engine keeps it with the column (see {@link #columnLevelChecks}). */
    private String inlineCheck(org.hibernate.mapping.Column column) {
        if (!columnLevelChecks) return null;
        List<org.hibernate.mapping.CheckConstraint> checks = column.getCheckConstraints();
        return checks.size() == 1 && !checks.get(0).isNamed() ? checks.get(0).getConstraint().trim() : null;
    }

    private Index index(org.hibernate.mapping.Table table, org.hibernate.mapping.Index index) {
        List<IndexColumn> columns = new ArrayList<>();
        Map<Selectable, String> order = index.getSelectableOrderMap();
        for (Selectable selectable : index.getSelectables()) {
            if (!(selectable instanceof org.hibernate.mapping.Column column)) {
                throw unmappable("index " + index.getName() + " of " + owner(table) + " indexes the expression "
                        + selectable.getText(), "index plain columns only; create expression indexes in a migration");
            }
            String direction = order.get(selectable);
            columns.add(new IndexColumn(name(column),
                    direction != null && direction.trim().toLowerCase(Locale.ROOT).startsWith("desc")));
        }
        if (index.getOptions() != null && !index.getOptions().isBlank()) {
            throw unmappable("index " + index.getName() + " of " + owner(table) + " has options '" + index.getOptions() + "'",
                    "remove @Index(options=...); schemactl cannot represent index options");
        }
        return new Index(objectName(index.getName()), columns, index.isUnique());
    }

    private ForeignKey foreignKey(org.hibernate.mapping.Table table, org.hibernate.mapping.ForeignKey fk) {
        org.hibernate.mapping.Table target = fk.getReferencedTable();
        List<String> referenced;
        if (fk.isReferenceToPrimaryKey()) {
            if (!target.hasPrimaryKey()) {
                throw unmappable("foreign key " + fk.getName() + " of " + owner(table) + " references "
                        + target.getName() + ", which has no primary key", "give the referenced entity an @Id");
            }
            referenced = names(target.getPrimaryKey().getColumns());
        } else {
            referenced = names(fk.getReferencedColumns());
        }
        return new ForeignKey(objectName(fk.getName()), names(fk.getColumns()), name(target), referenced,
                action(fk.getOnDeleteAction()), ReferentialAction.NO_ACTION);
    }

    private static ReferentialAction action(OnDeleteAction action) {
        if (action == null) return ReferentialAction.NO_ACTION;
        return switch (action) {
            case NO_ACTION -> ReferentialAction.NO_ACTION;
            case CASCADE -> ReferentialAction.CASCADE;
            case RESTRICT -> ReferentialAction.RESTRICT;
            case SET_NULL -> ReferentialAction.SET_NULL;
            case SET_DEFAULT -> ReferentialAction.SET_DEFAULT;
        };
    }

    /**
     * Column checks (in column order) then table checks. Explicit names are kept (lower-cased); unnamed
     * ones are named as the server names them in CREATE TABLE (PostgreSQL: see {@link CheckNames}; MariaDB: numbered).
     */
    private List<CheckConstraint> checks(org.hibernate.mapping.Table table, List<String> columnNames) {
        String tableName = name(table);
        record Pending(String explicitName, String column, String expression) {
        }
        List<Pending> pending = new ArrayList<>();
        for (org.hibernate.mapping.Column column : table.getColumns()) {
            if (inlineCheck(column) != null) continue; // the column's own (see column())
            for (org.hibernate.mapping.CheckConstraint check : column.getCheckConstraints()) {
                pending.add(new Pending(check.isNamed() ? objectName(check.getName()) : null, name(column),
                        check.getConstraint().trim()));
            }
        }
        for (org.hibernate.mapping.CheckConstraint check : table.getChecks()) {
            String expression = check.getConstraint().trim();
            pending.add(new Pending(check.isNamed() ? objectName(check.getName()) : null,
                    CheckNames.soleColumn(expression, columnNames), expression));
        }
        Set<String> taken = new LinkedHashSet<>();
        pending.stream().filter(p -> p.explicitName() != null).forEach(p -> taken.add(p.explicitName()));
        List<CheckConstraint> out = new ArrayList<>();
        for (Pending p : pending) {
            String name = p.explicitName();
            if (name == null) {
                name = numberedCheckName.apply(1) == null ? CheckNames.choose(tableName, p.column(), taken) : numbered(taken);
                taken.add(name);
            }
            out.add(new CheckConstraint(name, p.expression()));
        }
        return out;
    }

    private String numbered(Set<String> taken) {
        for (int n = 1; ; n++) {
            String candidate = numberedCheckName.apply(n);
            if (taken.stream().noneMatch(candidate::equalsIgnoreCase)) return candidate;
        }
    }

    private List<String> names(Collection<org.hibernate.mapping.Column> columns) {
        return columns.stream().map(c -> name(c)).toList();
    }

    private boolean isDefault(Namespace namespace) {
        Namespace.Name name = namespace.getPhysicalName();
        return isBlank(name.catalog()) && isBlank(name.schema());
    }

    private static boolean isBlank(Identifier identifier) {
        return identifier == null || identifier.getText() == null || identifier.getText().isBlank();
    }

    private static String describe(Namespace namespace) {
        Namespace.Name name = namespace.getPhysicalName();
        List<String> parts = new ArrayList<>();
        if (!isBlank(name.catalog())) parts.add("catalog " + name.catalog().getText());
        if (!isBlank(name.schema())) parts.add("schema " + name.schema().getText());
        return String.join(", ", parts);
    }

    private String owner(org.hibernate.mapping.Table table) {
        return owners.getOrDefault(table, "table " + table.getName());
    }

    /** A quoted name (backticks or "..." in the mapping, or globally quoted identifiers) keeps its case; others fold to lower case where the engine folds them. */
    String name(org.hibernate.mapping.Table table) {
        return table.isQuoted() || keepsUnquotedCase ? table.getName() : lower(table.getName());
    }

    String name(org.hibernate.mapping.Column column) {
        return column.isQuoted() || keepsUnquotedCase ? column.getName() : lower(column.getName());
    }

    /** A constraint or index name as the engine stores it when Hibernate's DDL writes it unquoted. */
    private String objectName(String identifier) {
        return keepsUnquotedCase ? identifier : lower(identifier);
    }

    static String lower(String identifier) {
        return identifier == null ? null : identifier.toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s*\\R\\s*", " ");
    }

    private static SchemactlException unmappable(String message, String hint) {
        return new SchemactlException(ErrorCode.MODELS, message, hint);
    }
}
