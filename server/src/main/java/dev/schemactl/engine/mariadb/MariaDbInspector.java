package dev.schemactl.engine.mariadb;

import dev.schemactl.engine.InspectedTable;
import dev.schemactl.engine.OwnTables;
import dev.schemactl.engine.Inspector;
import dev.schemactl.engine.SqlText;
import dev.schemactl.schema.CheckConstraint;
import dev.schemactl.schema.Column;
import dev.schemactl.schema.ColumnType;
import dev.schemactl.schema.ForeignKey;
import dev.schemactl.schema.GeneratedKind;
import dev.schemactl.schema.Identity;
import dev.schemactl.schema.Index;
import dev.schemactl.schema.IndexColumn;
import dev.schemactl.schema.PrimaryKey;
import dev.schemactl.schema.ReferentialAction;
import dev.schemactl.schema.Schema;
import dev.schemactl.schema.Sequence;
import dev.schemactl.schema.TypeKind;
import dev.schemactl.schema.UniqueConstraint;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Views, triggers, routines and events are {@link MariaDbUnmanaged unmanaged objects}.
 * Reads the named database (the URL's, never the session's {@code DATABASE()}, which a script's USE changes)
 * from information_schema in at most six bulk queries:
 * tables (with comments, and the sequences' names), check constraints, columns, index statistics,
 * foreign keys, and — only when the database has sequences — one UNION ALL over the sequences'
 * start value and increment (MariaDB 10.11 has no information_schema.SEQUENCES). A partitioned table's partition
 * clause is read from its SHOW CREATE TABLE ({@link MariaDbPartitions}; one statement per partitioned table) and is
 * the last of its table options. Which B-tree keys were written {@code USING BTREE} is read from SHOW CREATE TABLE as
 * well, in the index statistics' statement ({@link MariaDbExplicitBtree}): no catalog table says it.
 * <ul>
 *   <li>Base tables only (plain and system-versioned); schemactl's own schema_migrations* tables are left out.</li>
 *   <li>Names keep the case the catalog has: with {@code lower_case_table_names=0} (Linux' default) {@code Album}
 *       and {@code album} are two tables. With 1 or 2 the server compares table names in lower case, and so do
 *       the table names here (and the tables foreign keys reference). Column, index and constraint names are
 *       kept as written (the server compares them case-insensitively; see {@code Engine.columnNamesIgnoreCase}).</li>
 *   <li>Types come from COLUMN_TYPE through {@link MariaDbTypeNames}. A longtext utf8mb4_bin column guarded by the
 *       automatic column-level {@code json_valid(`col`)} check is a JSON column, and that check is not listed.</li>
 *   <li>A {@code COMPRESSED} column (COLUMN_TYPE {@code blob /*M!100301 COMPRESSED*}{@code /}) carries it as its options
 *       ({@link MariaDbColumnCompression}); the type is read without it. A column of a system-versioned table kept
 *       out of its history (EXTRA {@code WITHOUT SYSTEM VERSIONING}) carries that there too ({@link MariaDbColumnVersioning}).</li>
 *   <li>{@code auto_increment} columns are identity; stored and virtual generated columns carry their
 *       GENERATION_EXPRESSION and kind (VIRTUAL / STORED). Neither has a default. Other defaults, and EXTRA's
 *       {@code on update ...} expression, go through {@link MariaDbDefaults}.</li>
 *   <li>A column's charset and collation are read when they differ from its table's (null otherwise), and a table's
 *       collation when it differs from the database's.</li>
 *   <li>The PRIMARY index is the primary key. MariaDB has no unique constraint apart from a unique index,
 *       so every other unique index is reported as a UniqueConstraint; only non-unique indexes are Indexes, and
 *       unique ones with a key prefix ({@code email(20)}, STATISTICS.SUB_PART), which a UniqueConstraint cannot carry.
 *       FULLTEXT and SPATIAL keys are Indexes whose method is {@code fulltext} / {@code spatial}. An index keeps its
 *       INDEX_COMMENT and IGNORED (a unique key with either is an Index, which carries them); the primary key the
 *       DESC parts (COLLATION 'D'). The method (of the primary key too) is read relative to the table's engine
 *       ({@link MariaDbIndexMethods}): a BTREE key of a MEMORY table is {@code btree} (its default is HASH, null). An explicit {@code USING BTREE}
 *       on InnoDB (Aria, MyISAM) is {@code btree} too: STATISTICS.INDEX_TYPE says BTREE with or without it, so it is read
 *       from SHOW CREATE TABLE ({@link MariaDbExplicitBtree}, in the statistics' one statement), and a key
 *       written so is created so again.</li>
 *   <li>Indexes keep the server's key order: STATISTICS lists each table's keys as the table holds them (PRIMARY,
 *       unique keys on NOT NULL columns, other unique keys, unique keys with a prefix part, {@code USING HASH} unique
 *       keys, ordinary and SPATIAL keys, FULLTEXT keys; creation order within each group, as MariaDB 10.11 shows), the order SHOW CREATE TABLE shows. The query has no ORDER BY so that this order comes
 *       through; creating the indexes in this order gives the same order again. Unique constraints are sorted by their
 *       columns, as on every engine (the model's equality), and carry their place in this order as their key order,
 *       by which CREATE TABLE and added keys create them ({@code Table.uniquesInKeyOrder}); indexes carry theirs too,
 *       and a foreign key the place of the index the server made for it (left out of the indexes, see below), so that
 *       CREATE TABLE writes every key at its place, counted over all three together (unique keys of either kind
 *       interleave in creation order, and so do plain keys and the foreign keys' own).</li>
 *   <li>The index MariaDB creates implicitly for a foreign key is left out: a non-unique, all-ascending
 *       index on exactly the key's columns that is named like the constraint, which is what creating the named
 *       constraint makes again. The one an unnamed constraint ({@code <table>_ibfk_<n>}) got is named like the key's
 *       first column: it is an index of the model, so that it is created under that name (the named constraint
 *       then uses it instead of making one of its own).</li>
 * </ul>
 */
final class MariaDbInspector implements Inspector {

    private static final String TABLES = """
            SELECT t.TABLE_NAME, t.TABLE_TYPE, t.TABLE_COMMENT, t.TABLE_COLLATION,
                   COALESCE(c.CHARACTER_SET_NAME, SUBSTRING_INDEX(t.TABLE_COLLATION, '_', 1)) AS CHARACTER_SET_NAME,
                   t.ENGINE, t.CREATE_OPTIONS, @@default_storage_engine AS DEFAULT_ENGINE,
                   (SELECT DEFAULT_COLLATION_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = DATABASE()) AS DATABASE_COLLATION,
                   @@lower_case_table_names AS LOWER_CASE_TABLE_NAMES
            FROM information_schema.TABLES t
            LEFT JOIN information_schema.COLLATION_CHARACTER_SET_APPLICABILITY c ON c.COLLATION_NAME = t.TABLE_COLLATION
            WHERE t.TABLE_SCHEMA = ? AND t.TABLE_TYPE IN ('BASE TABLE', 'SYSTEM VERSIONED', 'SEQUENCE')
            ORDER BY t.TABLE_NAME
            """;

    private static final String CHECKS = """
            SELECT TABLE_NAME, CONSTRAINT_NAME, LEVEL, CHECK_CLAUSE
            FROM information_schema.CHECK_CONSTRAINTS
            WHERE CONSTRAINT_SCHEMA = ?
            ORDER BY TABLE_NAME, CONSTRAINT_NAME
            """;

    private static final String COLUMNS = """
            SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA,
                   GENERATION_EXPRESSION, COLUMN_COMMENT, CHARACTER_SET_NAME, COLLATION_NAME
            FROM information_schema.COLUMNS
            WHERE TABLE_SCHEMA = ?
            ORDER BY TABLE_NAME, ORDINAL_POSITION
            """;

    private static final String STATISTICS = """
            SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME, COLLATION, SUB_PART, INDEX_TYPE, INDEX_COMMENT, IGNORED
            FROM information_schema.STATISTICS
            WHERE TABLE_SCHEMA = ?
            """;

    private static final String FOREIGN_KEYS = """
            SELECT k.TABLE_NAME, k.CONSTRAINT_NAME, k.COLUMN_NAME, k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME,
                   r.UPDATE_RULE, r.DELETE_RULE
            FROM information_schema.KEY_COLUMN_USAGE k
            JOIN information_schema.REFERENTIAL_CONSTRAINTS r
              ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.TABLE_NAME = k.TABLE_NAME
             AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME
            WHERE k.TABLE_SCHEMA = ? AND k.REFERENCED_TABLE_NAME IS NOT NULL
            ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION
            """;

    /**
     * EXTRA's {@code on update current_timestamp(3)} (MySQL 8 prefixes DEFAULT_GENERATED); a comma and other flags may
     * follow ({@code on update current_timestamp(6), INVISIBLE}).
     */
    private static final Pattern ON_UPDATE = Pattern.compile("on update ([a-z_]+(?:\\(\\d*\\))?)");

    private static final Pattern JSON_VALID = Pattern.compile("json_valid\\(\\s*`((?:[^`]|``)+)`\\s*\\)", Pattern.CASE_INSENSITIVE);

    @Override
    public Schema inspect(Connection connection) throws SQLException {
        return inspect(connection, List.of());
    }

    @Override
    public Schema inspect(Connection connection, List<String> schemas) throws SQLException {
        String database = schemas.isEmpty() ? connection.getCatalog() : schemas.get(0);
        Map<String, InspectedTable> tables = new LinkedHashMap<>();
        Map<String, String[]> tableCollations = new HashMap<>(); // table -> {charset, collation}, looked up only
        List<String> sequenceNames = new ArrayList<>();
        Map<String, String> sequenceComments = new HashMap<>(); // sequence -> its COMMENT, looked up only
        Map<String, String> sequenceEngines = new HashMap<>(); // sequence -> its ENGINE when not the default, looked up only
        Map<String, String> jsonChecks = new HashMap<>(); // "table\0column" (raw catalog names) -> its json_valid check
        Map<String, Map<String, String>> columnChecks = new LinkedHashMap<>(); // table -> column-level CHECK clause -> its name
        Map<String, Map<String, RawIndex>> indexes = new LinkedHashMap<>();
        Map<String, Map<String, RawForeignKey>> foreignKeys = new LinkedHashMap<>();
        List<Sequence> sequences = new ArrayList<>();
        TableNames names = new TableNames();
        Map<String, String[]> partitioned = new LinkedHashMap<>(); // table -> {engine, default engine, create options, type}
        Map<String, String> engines = new HashMap<>(); // table -> ENGINE
        Map<String, String[]> aria = new LinkedHashMap<>(); // Aria table listing transactional=1 -> {engine, default engine, create options, type}
        Set<String> mayHavePeriods = new java.util.LinkedHashSet<>(); // see MariaDbPeriods
        Set<String> merges = new java.util.TreeSet<>(); // MRG_MyISAM tables, see MariaDbMergeTables
        Map<String, Set<String>> binaryDefaults = new LinkedHashMap<>(); // table -> columns, see MariaDbBinaryDefaults
        Map<String, MariaDbPeriods.Read> periods; // table -> what its SHOW CREATE TABLE says of periods
        try (Scoped st = new Scoped(connection, database)) {
            try (ResultSet rs = st.executeQuery(TABLES)) {
                while (rs.next()) {
                    names.foldToLowerCase = rs.getInt("LOWER_CASE_TABLE_NAMES") != 0;
                    String name = rs.getString("TABLE_NAME");
                    if ("SEQUENCE".equals(rs.getString("TABLE_TYPE"))) {
                        sequenceNames.add(name);
                        String comment = SqlText.emptyToNull(rs.getString("TABLE_COMMENT"));
                        if (comment != null) sequenceComments.put(name, comment);
                        String engine = rs.getString("ENGINE");
                        if (engine != null && !engine.equalsIgnoreCase(rs.getString("DEFAULT_ENGINE"))) sequenceEngines.put(name, engine);
                    } else {
                        tables.put(name, new InspectedTable(names.of(name), SqlText.emptyToNull(rs.getString("TABLE_COMMENT"))));
                        tableCollations.put(name, new String[]{rs.getString("CHARACTER_SET_NAME"), rs.getString("TABLE_COLLATION")});
                        String collation = rs.getString("TABLE_COLLATION");
                        if (collation != null && !collation.equals(rs.getString("DATABASE_COLLATION"))) tables.get(name).collation = collation;
                        engines.put(name, rs.getString("ENGINE"));
                        tables.get(name).options = MariaDbTableOptions.read(rs.getString("ENGINE"), rs.getString("DEFAULT_ENGINE"),
                                rs.getString("CREATE_OPTIONS"), "SYSTEM VERSIONED".equals(rs.getString("TABLE_TYPE")));
                        if (MariaDbAriaTransactional.undecided(rs.getString("ENGINE"), rs.getString("CREATE_OPTIONS"))
                                || MariaDbAriaTransactional.pageChecksumUnlisted(rs.getString("ENGINE"), rs.getString("CREATE_OPTIONS"))) {
                            aria.put(name, new String[]{rs.getString("ENGINE"), rs.getString("DEFAULT_ENGINE"),
                                    rs.getString("CREATE_OPTIONS"), rs.getString("TABLE_TYPE")});
                        }
                        if (MariaDbMergeTables.isMerge(rs.getString("ENGINE"))) merges.add(name);
                        if (MariaDbTableOptions.partitioned(rs.getString("CREATE_OPTIONS"))) {
                            partitioned.put(name, new String[]{rs.getString("ENGINE"), rs.getString("DEFAULT_ENGINE"),
                                    rs.getString("CREATE_OPTIONS"), rs.getString("TABLE_TYPE")});
                        }
                    }
                }
            }
            Map<String, String> clauses = MariaDbPartitions.read(connection, database, partitioned.keySet());
            Map<String, String> ariaCreates = MariaDbAriaTransactional.showCreate(connection, database, aria.keySet());
            Set<String> transactionalSaid = new java.util.TreeSet<>();
            Map<String, String> pageChecksums = new HashMap<>(); // Aria table not listing page_checksum -> the one it has
            for (Map.Entry<String, String> e : ariaCreates.entrySet()) {
                String[] t = aria.get(e.getKey());
                boolean said = MariaDbAriaTransactional.undecided(t[0], t[2]) && MariaDbAriaTransactional.said(e.getValue());
                if (said) transactionalSaid.add(e.getKey());
                String checksum = MariaDbAriaTransactional.pageChecksumUnlisted(t[0], t[2])
                        ? MariaDbAriaTransactional.pageChecksum(e.getValue()) : null;
                if (checksum != null) pageChecksums.put(e.getKey(), checksum);
                tables.get(e.getKey()).options = MariaDbTableOptions.read(t[0], t[1], t[2], "SYSTEM VERSIONED".equals(t[3]), null,
                        said, checksum);
            }
            for (Map.Entry<String, String[]> p : partitioned.entrySet()) {
                String[] t = p.getValue();
                tables.get(p.getKey()).options = MariaDbTableOptions.read(t[0], t[1], t[2], "SYSTEM VERSIONED".equals(t[3]),
                        clauses.get(p.getKey()), transactionalSaid.contains(p.getKey()), pageChecksums.get(p.getKey()));
            }
            for (Map.Entry<String, String> m : MariaDbMergeTables.read(connection, database, merges).entrySet()) {
                tables.get(m.getKey()).options = MariaDbTableOptions.withMerge(tables.get(m.getKey()).options, m.getValue());
            }
            try (ResultSet rs = st.executeQuery(CHECKS)) {
                while (rs.next()) {
                    String tableName = rs.getString("TABLE_NAME");
                    InspectedTable table = tables.get(tableName);
                    if (table == null) continue;
                    String name = rs.getString("CONSTRAINT_NAME");
                    String clause = rs.getString("CHECK_CLAUSE");
                    Matcher json = JSON_VALID.matcher(clause.trim());
                    if ("Column".equalsIgnoreCase(rs.getString("LEVEL")) && json.matches()
                            && json.group(1).replace("``", "`").equals(name)) {
                        jsonChecks.put(tableName + "\0" + name, clause); // a JSON column's, if the column is one (below)
                        continue;
                    }
                    if ("Column".equalsIgnoreCase(rs.getString("LEVEL"))) {
                        // part of the column's definition (named after it): a MODIFY without it removes it
                        columnChecks.computeIfAbsent(tableName, t -> new LinkedHashMap<>()).put(clause, name);
                        continue;
                    }
                    if (MariaDbPeriods.mayBePeriodCheck(clause)) mayHavePeriods.add(tableName);
                    table.checks.add(new CheckConstraint(name, clause));
                }
            }
            try (ResultSet rs = st.executeQuery(COLUMNS)) {
                while (rs.next()) {
                    String tableName = rs.getString("TABLE_NAME");
                    InspectedTable table = tables.get(tableName);
                    if (table == null) continue;
                    String jsonCheck = jsonChecks.get(tableName + "\0" + rs.getString("COLUMN_NAME"));
                    // JSON is LONGTEXT utf8mb4_bin with that check: another text column with the check keeps its type
                    boolean json = jsonCheck != null && "longtext".equalsIgnoreCase(MariaDbColumnCompression.type(rs.getString("COLUMN_TYPE")))
                            && "utf8mb4_bin".equals(rs.getString("COLLATION_NAME"));
                    if (jsonCheck != null && !json) {
                        columnChecks.computeIfAbsent(tableName, t -> new LinkedHashMap<>()).put(jsonCheck, rs.getString("COLUMN_NAME"));
                    }
                    if (MariaDbPeriods.rowStartOrEnd(rs.getString("GENERATION_EXPRESSION"))) mayHavePeriods.add(tableName);
                    if (MariaDbBinaryDefaults.suspect(rs.getString("COLUMN_TYPE"), rs.getString("COLUMN_DEFAULT"))) {
                        binaryDefaults.computeIfAbsent(tableName, t -> new HashSet<>()).add(rs.getString("COLUMN_NAME"));
                    }
                    table.columns.add(column(rs, json, tableCollations.get(tableName), database));
                }
            }
            for (Map.Entry<String, Map<String, String>> checks : columnChecks.entrySet()) {
                InspectedTable table = tables.get(checks.getKey());
                Map<String, String> byColumn = MariaDbColumnChecks.byName(table.columns, checks.getValue());
                if (byColumn == null) byColumn = MariaDbColumnChecks.of(connection, database, checks.getKey(), checks.getValue().keySet());
                Map<String, String> found = byColumn;
                table.columns.replaceAll(c -> found.containsKey(c.name()) ? c.withCheck(found.get(c.name())) : c);
                checks.getValue().forEach((clause, name) -> {
                    // not found on a column line: kept as a check of the table rather than lost
                    if (!found.containsValue(clause)) table.checks.add(new CheckConstraint(name, clause));
                });
            }
            for (Map.Entry<String, Set<String>> binary : binaryDefaults.entrySet()) {
                Map<String, String> hex = MariaDbBinaryDefaults.read(connection, database, binary.getKey(), binary.getValue());
                tables.get(binary.getKey()).columns.replaceAll(c -> hex.containsKey(c.name()) && c.defaultExpression() != null
                        ? c.withDefault(hex.get(c.name())) : c);
            }
            OwnTables.remove(tables); // schemactl's own, recognised by their columns
            periods = MariaDbPeriods.read(connection, database, mayHavePeriods.stream().filter(tables::containsKey).toList());
            // index statistics and, in the same statement, SHOW CREATE TABLE of the tables whose B-tree keys may say
            // USING BTREE (MEMORY's keys are read from INDEX_TYPE alone)
            List<String> showable = tables.keySet().stream().filter(t -> !"MEMORY".equalsIgnoreCase(engines.get(t))).toList();
            Map<String, Set<String>> explicit;
            try (Statement compound = connection.createStatement()) {
                boolean together = MariaDbExplicitBtree.execute(compound, STATISTICS.replace("?", literal(database)), database, showable);
                try (ResultSet rs = together ? compound.getResultSet() : st.executeQuery(STATISTICS)) {
                    while (rs.next()) {
                        String tableName = rs.getString("TABLE_NAME");
                        if (!tables.containsKey(tableName)) continue;
                        String indexName = rs.getString("INDEX_NAME");
                        boolean unique = rs.getInt("NON_UNIQUE") == 0;
                        String method = MariaDbIndexMethods.read(rs.getString("INDEX_TYPE"), engines.get(tableName));
                        String comment = SqlText.emptyToNull(rs.getString("INDEX_COMMENT"));
                        boolean ignored = "YES".equals(rs.getString("IGNORED"));
                        // a SPATIAL key reports SUB_PART 32 (the length of its MBR), which is not a key prefix
                        Integer prefix = "spatial".equals(method) ? null : (Integer) rs.getObject("SUB_PART", Integer.class);
                        indexes.computeIfAbsent(tableName, t -> new LinkedHashMap<>())
                                .computeIfAbsent(indexName, n -> new RawIndex(indexName, unique, method, comment, ignored))
                                .columns.add(new IndexColumn(rs.getString("COLUMN_NAME"), null,
                                        "D".equals(rs.getString("COLLATION")), null, prefix));
                    }
                }
                explicit = together ? MariaDbExplicitBtree.keys(compound) : Map.of();
            }
            explicit.forEach((table, keys) -> indexes.getOrDefault(table, Map.of()).values().forEach(i -> {
                if (i.method == null && keys.contains(i.name)) i.method = "btree";
            }));
            try (ResultSet rs = st.executeQuery(FOREIGN_KEYS)) {
                while (rs.next()) {
                    String tableName = rs.getString("TABLE_NAME");
                    if (!tables.containsKey(tableName)) continue;
                    String name = rs.getString("CONSTRAINT_NAME");
                    RawForeignKey fk = foreignKeys.computeIfAbsent(tableName, t -> new LinkedHashMap<>())
                            .computeIfAbsent(name, n -> new RawForeignKey(name));
                    fk.referencedTable = names.of(rs.getString("REFERENCED_TABLE_NAME"));
                    fk.onDelete = rs.getString("DELETE_RULE");
                    fk.onUpdate = rs.getString("UPDATE_RULE");
                    fk.columns.add(rs.getString("COLUMN_NAME"));
                    fk.referencedColumns.add(rs.getString("REFERENCED_COLUMN_NAME"));
                }
            }
            if (!sequenceNames.isEmpty()) {
                try (ResultSet rs = st.executeUnscoped(sequenceOptions(database, sequenceNames))) {
                    while (rs.next()) {
                        sequences.add(sequence(names.of(rs.getString(1)), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                                rs.getLong(6), rs.getBoolean(7)).withComment(sequenceComments.get(rs.getString(1))).withEngine(sequenceEngines.get(rs.getString(1))));
                    }
                }
            }
        }
        for (Map.Entry<String, InspectedTable> entry : tables.entrySet()) {
            InspectedTable table = entry.getValue();
            List<ForeignKey> fks = foreignKeys.getOrDefault(entry.getKey(), Map.of()).values().stream()
                    .map(RawForeignKey::toModel).toList();
            table.foreignKeys.addAll(fks);
            MariaDbPeriods.Read read = periods.get(entry.getKey());
            if (read != null) {
                table.periods.addAll(read.periods());
                // the implicit check of each period is the period itself
                table.checks.removeIf(c -> read.periods().stream().anyMatch(p -> p.name().equals(c.name())));
            }
            int keyOrder = 0; // one count over unique keys, indexes and foreign keys' own indexes: the table's key order
            for (RawIndex index : indexes.getOrDefault(entry.getKey(), Map.of()).values()) {
                List<String> columns = index.columns.stream().map(IndexColumn::name).toList();
                String overlaps = read == null || !index.unique ? null : read.periodOf(index.name);
                if (overlaps != null && columns.size() > 2) {
                    // STATISTICS lists the key's columns, then the period's end and start
                    table.uniques.add(new UniqueConstraint(index.name, columns.subList(0, columns.size() - 2))
                            .withWithoutOverlaps(overlaps).withIndexComment(index.comment).withIgnored(index.ignored)
                            .withKeyOrder(keyOrder++));
                } else if (index.name.equals("PRIMARY")) {
                    table.primaryKey = new PrimaryKey(index.name, columns,
                            index.columns.stream().filter(IndexColumn::descending).map(IndexColumn::name).toList(), index.method)
                            .withPrefixes(index.columns.stream().map(IndexColumn::prefixLength).toList());
                } else if (index.unique && (index.method != null || index.comment != null || index.ignored
                        || index.columns.stream().anyMatch(c -> c.prefixLength() != null))) {
                    // a unique constraint has no method, prefixes, comment or IGNORED
                    table.indexes.add(new Index(index.name, index.columns, true, index.method, null, List.of(), false, null,
                            index.comment, index.ignored, keyOrder++));
                } else if (index.unique) {
                    table.uniques.add(new UniqueConstraint(index.name, columns).withKeyOrder(keyOrder++));
                } else if (implicitForeignKeyIndex(table.name, index, fks)) {
                    int order = keyOrder++;
                    table.foreignKeys.replaceAll(f -> f.name().equals(index.name) && f.columns().equals(columns) ? f.withKeyOrder(order) : f);
                } else {
                    table.indexes.add(new Index(index.name, index.columns, false, index.method, null, List.of(), false,
                            null, index.comment, index.ignored, keyOrder++));
                }
            }
        }
        return new Schema(tables.values().stream().map(InspectedTable::buildInCatalogOrder).toList(), sequences)
                .withUnmanaged(MariaDbUnmanaged.read(connection, database, tables.keySet()));
    }

    /**
     * MariaDB stores {@code nextval(s)} as {@code nextval(`db`.`s`)}: the inspected database's own name is left out, or a
     * desired state read from another database (a {@code --to-sql} shadow, a {@code --to-url} one) would write a default
     * calling that database's sequence.
     */
    static String withoutOwnDatabase(String expression, String database) {
        if (expression == null || database == null) return expression;
        String own = "`" + database.replace("`", "``") + "`.";
        return Pattern.compile("(?i)\\b((?:nextval|lastval|setval)\\s*\\(\\s*)" + Pattern.quote(own)).matcher(expression).replaceAll("$1");
    }

    private static Column column(ResultSet rs, boolean json, String[] tableCollation, String database) throws SQLException {
        String extra = rs.getString("EXTRA") == null ? "" : rs.getString("EXTRA").toLowerCase(Locale.ROOT);
        String columnType = rs.getString("COLUMN_TYPE");
        ColumnType type = MariaDbTypeNames.INSTANCE.parse(MariaDbColumnCompression.type(columnType));
        if (json) type = ColumnType.of(TypeKind.JSON);
        boolean identity = extra.contains("auto_increment");
        String generatedExpression = extra.contains("generated") ? SqlText.emptyToNull(rs.getString("GENERATION_EXPRESSION")) : null;
        GeneratedKind generatedKind = generatedExpression == null ? null
                : generatedExpression.equalsIgnoreCase("ROW START") ? GeneratedKind.ROW_START
                : generatedExpression.equalsIgnoreCase("ROW END") ? GeneratedKind.ROW_END
                : extra.contains("virtual") ? GeneratedKind.VIRTUAL : GeneratedKind.STORED;
        String defaultExpression = identity || generatedExpression != null ? null
                : withoutOwnDatabase(MariaDbDefaults.normalize(rs.getString("COLUMN_DEFAULT"), type), database);
        Matcher onUpdate = ON_UPDATE.matcher(extra);
        String onUpdateExpression = onUpdate.find() ? MariaDbDefaults.normalize(onUpdate.group(1), type) : null;
        // charset and collation: null when they are the table's (JSON columns are utf8mb4_bin by definition)
        String charset = rs.getString("CHARACTER_SET_NAME");
        String collation = rs.getString("COLLATION_NAME");
        if (json || charset == null || charset.equals(tableCollation[0])) charset = null;
        if (json || collation == null || collation.equals(tableCollation[1])) collation = null;
        return new Column(rs.getString("COLUMN_NAME"), type, "YES".equals(rs.getString("IS_NULLABLE")),
                defaultExpression, identity ? Identity.BY_DEFAULT : null, generatedExpression, generatedKind,
                SqlText.emptyToNull(rs.getString("COLUMN_COMMENT")), collation, charset, onUpdateExpression,
                extra.contains("invisible"), null, MariaDbColumnVersioning.options(columnType, extra));
    }

    /** One query for the options of each sequence (their values live in the sequences' own rows, not the catalog). */
    static String sequenceOptions(String database, List<String> sequenceNames) {
        return sequenceNames.stream()
                .map(n -> "SELECT " + literal(n) + " AS SEQUENCE_NAME, start_value, increment, minimum_value, maximum_value, cache_size, cycle_option FROM "
                        + quoted(database) + "." + quoted(n))
                .collect(Collectors.joining(" UNION ALL "));
    }

    /**
     * A sequence with its options, each null when it is MariaDB's default: minvalue 1 and maxvalue 2^63-2 ascending
     * (-(2^63-1) and -1 descending), cache 1000.
     */
    static Sequence sequence(String name, long start, long increment, long min, long max, long cache, boolean cycle) {
        boolean up = increment > 0;
        Long minValue = min == (up ? 1L : -Long.MAX_VALUE) ? null : min;
        Long maxValue = max == (up ? Long.MAX_VALUE - 1 : -1L) ? null : max;
        return new Sequence(null, name, start, increment, minValue, maxValue, cache == 1000 ? null : cache, cycle, null, null);
    }

    /** The index MariaDB made for a foreign key (see the class comment). */
    private static boolean implicitForeignKeyIndex(String table, RawIndex index, List<ForeignKey> fks) {
        if (index.method != null || index.comment != null || index.ignored
                || index.columns.stream().anyMatch(IndexColumn::descending)) return false;
        String name = index.name;
        List<String> columns = index.columns.stream().map(IndexColumn::name).toList();
        for (ForeignKey fk : fks) {
            if (!fk.columns().equals(columns)) continue;
            if (fk.name().equals(name)) return true;
        }
        return false;
    }

    private static String literal(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    private static String quoted(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }

    /** Table names as the server compares them (see the class comment). */
    private static final class TableNames {
        boolean foldToLowerCase;

        String of(String name) {
            return foldToLowerCase ? SqlText.ident(name) : name;
        }
    }

    private static final class RawIndex {
        final String name;
        final boolean unique;
        String method;
        final String comment;
        final boolean ignored;
        final List<IndexColumn> columns = new ArrayList<>();

        RawIndex(String name, boolean unique, String method, String comment, boolean ignored) {
            this.name = name;
            this.unique = unique;
            this.method = method;
            this.comment = comment;
            this.ignored = ignored;
        }
    }

    private static final class RawForeignKey {
        final String name;
        String referencedTable;
        String onDelete;
        String onUpdate;
        final List<String> columns = new ArrayList<>();
        final List<String> referencedColumns = new ArrayList<>();

        RawForeignKey(String name) {
            this.name = name;
        }

        ForeignKey toModel() {
            return new ForeignKey(name, columns, referencedTable, referencedColumns,
                    action(onDelete), action(onUpdate));
        }
    }

    static ReferentialAction action(String rule) {
        if (rule == null) return ReferentialAction.NO_ACTION;
        return switch (rule.trim().toUpperCase(Locale.ROOT)) {
            // RESTRICT and NO ACTION behave the same here (checked at once). The catalog reports an unspecified
            // action as RESTRICT, which normalizes to NO_ACTION, as models declare it; an explicit NO ACTION, which
            // SHOW CREATE TABLE spells out, is kept as stated (the Differ compares it as NO_ACTION)
            case "NO ACTION" -> ReferentialAction.NO_ACTION_STATED;
            case "CASCADE" -> ReferentialAction.CASCADE;
            case "SET NULL" -> ReferentialAction.SET_NULL;
            case "SET DEFAULT" -> ReferentialAction.SET_DEFAULT;
            default -> ReferentialAction.NO_ACTION;
        };
    }

    /** Runs the catalog queries, each with the database to read as its one parameter. */
    private static final class Scoped implements AutoCloseable {
        private final Connection connection;
        private final String database;
        private final List<Statement> open = new ArrayList<>();

        Scoped(Connection connection, String database) {
            this.connection = connection;
            this.database = database;
        }

        ResultSet executeQuery(String sql) throws SQLException {
            java.sql.PreparedStatement ps = connection.prepareStatement(sql);
            open.add(ps);
            ps.setString(1, database);
            return ps.executeQuery();
        }

        ResultSet executeUnscoped(String sql) throws SQLException {
            Statement st = connection.createStatement();
            open.add(st);
            return st.executeQuery(sql);
        }

        @Override
        public void close() throws SQLException {
            for (Statement st : open) st.close();
        }
    }
}
