package dev.schemactl.engine.mariadb;

import dev.schemactl.engine.SchemaFingerprint;

import dev.schemactl.config.DatabaseUrl;
import dev.schemactl.engine.ConnectionErrors;
import dev.schemactl.engine.DatabaseAdmin;
import dev.schemactl.engine.DatabaseHandle;
import dev.schemactl.engine.Engine;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.engine.Inspector;
import dev.schemactl.engine.MigrationLock;
import dev.schemactl.engine.SessionLock;
import dev.schemactl.engine.SqlRenderer;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;

import java.sql.SQLException;
import java.time.Duration;

/** MariaDB and MySQL (through the MariaDB driver). DDL commits implicitly. */
public final class MariaDbEngine implements Engine {
    public static final MariaDbEngine INSTANCE = new MariaDbEngine();

    private MariaDbEngine() {
    }

    @Override
    public dev.schemactl.engine.ReplicaMonitor replicaMonitor(java.util.List<dev.schemactl.config.DatabaseUrl> replicas) {
        return new MariaDbReplicaMonitor(replicas);
    }

    @Override
    public EngineKind kind() {
        return EngineKind.MARIADB;
    }

    @Override
    public boolean transactionalDdl() {
        return false;
    }

    @Override
    public DatabaseAdmin admin() {
        return new MariaDbAdmin();
    }

    @Override
    public MigrationLock acquireMigrationLock(DatabaseHandle database, Duration timeout) {
        // GET_LOCK names are server-wide: scope ours to the database.
        String name = ("schemactl:" + database.url().database()).replace("'", "''");
        if (name.length() > 64) name = name.substring(0, 64);
        return SessionLock.acquire(database, timeout,
                "SELECT GET_LOCK('" + name + "', 0) = 1",
                "SELECT RELEASE_LOCK('" + name + "')");
    }

    @Override
    public SchemactlException translate(SQLException error, DatabaseUrl url) {
        String state = error.getSQLState() == null ? "" : error.getSQLState();
        int vendor = error.getErrorCode();
        ErrorCode code;
        if (vendor == 1045 || state.equals("28000")) code = ErrorCode.AUTH_FAILED;
        else if (vendor == 1049) code = ErrorCode.DATABASE_MISSING;
        else if (state.startsWith("08")) code = ErrorCode.UNREACHABLE;
        else code = ErrorCode.INTERNAL;
        return ConnectionErrors.of(code, error, url);
    }

    @Override
    public Inspector inspector() {
        return new MariaDbInspector();
    }

    @Override
    public dev.schemactl.engine.TypeNames typeNames() {
        return MariaDbTypeNames.INSTANCE;
    }

    @Override
    public SqlRenderer renderer() {
        return new MariaDbRenderer();
    }

    @Override
    public dev.schemactl.engine.ForeignKeyTargets foreignKeyTargets() {
        return MariaDbForeignKeyTargets.INSTANCE;
    }

    @Override
    public boolean foreignKeysNeedIndex() {
        return true;
    }

    @Override
    public java.util.Optional<dev.schemactl.engine.OnlineAlter> onlineAlter(DatabaseUrl url,
                                                                          dev.schemactl.engine.OnlineSchemaChange change) {
        return change == null || !dev.schemactl.engine.OnlineSchemaChange.PT_OSC.equals(change.tool())
                ? java.util.Optional.empty() : java.util.Optional.of(new PtOnlineSchemaChange(url, change.minRows()));
    }

    @Override
    public java.util.Optional<dev.schemactl.engine.LockProbe> lockProbe() {
        return java.util.Optional.of(new MariaDbLockProbe());
    }

    @Override
    public dev.schemactl.engine.TableStats tableStats() {
        return new MariaDbTableStats();
    }

    @Override
    public boolean restrictIsNoAction() {
        return true;
    }

    @Override
    public boolean keepsUnquotedNameCase() {
        return true;
    }

    @Override
    public boolean keepsInlineChecksWithTheColumn() {
        return true;
    }

    /** Checked on MariaDB 10.11: unnamed table checks become CONSTRAINT_1, CONSTRAINT_2, ..., the first number not taken. */
    @Override
    public String numberedCheckName(int n) {
        return "CONSTRAINT_" + n;
    }

    /** All but an ENGINE other than InnoDB: Hibernate's MariaDB dialect writes {@code engine=InnoDB} into CREATE TABLE. */
    @Override
    public String entityTableOptions(String liveOptions) {
        return MariaDbTableOptions.withoutEngineOtherThan(liveOptions, "InnoDB");
    }

    /**
     * The inspector leaves out a table collation equal to its database's default: between databases of different
     * defaults (a latin1 one and a utf8mb4 one) the same table read as "the database's" on one side only, and the plan
     * set it to the live database's default (ALTER TABLE t DEFAULT CHARACTER SET=DEFAULT, converting its columns).
     */
    @Override
    public dev.schemactl.schema.Schema inLiveDatabaseDefaults(dev.schemactl.schema.Schema other, DatabaseHandle otherDb,
                                                              DatabaseHandle liveDb) {
        String otherDefault = databaseCollation(otherDb);
        String liveDefault = databaseCollation(liveDb);
        if (otherDefault == null || liveDefault == null || otherDefault.equalsIgnoreCase(liveDefault)) return other;
        return other.withTables(other.tables().stream().map(t -> {
            String collation = t.collation() == null || t.collation().isBlank() ? otherDefault : t.collation();
            return t.withCollation(collation.equalsIgnoreCase(liveDefault) ? null : collation);
        }).toList());
    }

    private String databaseCollation(DatabaseHandle db) {
        try (var c = db.connection(); var st = c.createStatement(); var rs = st.executeQuery("SELECT @@collation_database")) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw translate(e, db.url());
        }
    }

    /**
     * Column names are case-insensitive on MariaDB (table names are not, with lower_case_table_names=0); indexes and unique
     * keys are renamed in place, other constraints cannot be: a foreign key named otherwise is dropped and added again
     * under its new name (the index InnoDB made for it follows, see {@link MariaDbRenderer#dropForeignKey}). Columns are
     * moved into the desired order (SHOW CREATE TABLE and mysqldump show it; {@code MODIFY COLUMN ... AFTER x}).
     */
    @Override
    public dev.schemactl.diff.Differ differ() {
        return new dev.schemactl.diff.Differ(foreignKeysNeedIndex(), restrictIsNoAction()).columnNamesIgnoringCase()
                .comparingTypesWith(MariaDbTypeNames::sameType)
                .indexCommentsInDefinition().renamingIndexes().rebuildingRenamedForeignKeys(MariaDbForeignKeyNames::same)
                .droppingGenerationInPlace().movingColumns().rebuildingCascadesOnNullability();
    }

    @Override
    public boolean backslashEscapesInLiterals() {
        return true;
    }

    @Override
    public String leavesDatabase(String statement) {
        String s = statement.strip().toLowerCase(java.util.Locale.ROOT);
        if (s.startsWith("use ") || s.startsWith("use`")) return "USE switches to another database";
        if (s.matches("(?s)(create|drop)\\s+(database|schema)\\b.*")) return "it creates or drops a database";
        return null;
    }

    @Override
    public dev.schemactl.engine.UnmanagedDdl unmanagedDdl() {
        return new MariaDbUnmanaged();
    }

    /**
     * A hash over the information_schema rows the inspector reads for the database it reads (the URL's, one query),
     * the options of its sequences, which live in the sequences' own rows, and the partitions of its partitioned
     * tables (CREATE_OPTIONS only says {@code partitioned}); one more query for each of the last two when there are any.
     */
    private static final SchemaFingerprint FINGERPRINT = (c, schemas) -> {
        try (java.sql.Statement st = c.createStatement()) {
            st.execute("SET SESSION group_concat_max_len = 1073741824");
        }
        String database = schemas.isEmpty() ? c.getCatalog() : schemas.get(0);
        String catalog = MariaDbEngine.CATALOG_FINGERPRINT.of(c, schemas);
        java.util.List<String> sequences = new java.util.ArrayList<>();
        boolean partitioned = false;
        java.util.List<String> aria = new java.util.ArrayList<>(); // TRANSACTIONAL=1 said or not, PAGE_CHECKSUM unlisted: CREATE_OPTIONS cannot tell
        java.util.List<String> merges = new java.util.ArrayList<>(); // UNION and INSERT_METHOD: CREATE_OPTIONS leaves them out
        try (java.sql.PreparedStatement ps = c.prepareStatement("SELECT TABLE_NAME, TABLE_TYPE, ENGINE, CREATE_OPTIONS FROM information_schema.TABLES"
                + " WHERE TABLE_SCHEMA = ? AND (TABLE_TYPE = 'SEQUENCE' OR CREATE_OPTIONS LIKE '%partitioned%'"
                + " OR (ENGINE = 'Aria' AND (CREATE_OPTIONS LIKE '%transactional=1%' OR CREATE_OPTIONS NOT LIKE '%page\\_checksum=%'))"
                + " OR ENGINE = 'MRG_MyISAM') ORDER BY TABLE_NAME")) {
            ps.setString(1, database);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if ("SEQUENCE".equals(rs.getString(2))) sequences.add(rs.getString(1));
                    else {
                        if (MariaDbTableOptions.partitioned(rs.getString(4))) partitioned = true;
                        if (MariaDbAriaTransactional.undecided(rs.getString(3), rs.getString(4))
                                || MariaDbAriaTransactional.pageChecksumUnlisted(rs.getString(3), rs.getString(4))) aria.add(rs.getString(1));
                        if (MariaDbMergeTables.isMerge(rs.getString(3))) merges.add(rs.getString(1));
                    }
                }
            }
        }
        if ((sequences.isEmpty() && !partitioned && aria.isEmpty() && merges.isEmpty()) || catalog == null) return catalog;
        StringBuilder b = new StringBuilder(catalog);
        if (!merges.isEmpty()) b.append("|merge=").append(MariaDbMergeTables.read(c, database, merges));
        if (!aria.isEmpty()) {
            // TRANSACTIONAL=1 said or not, and the PAGE_CHECKSUM an Aria table has without listing it: SHOW CREATE TABLE's
            MariaDbAriaTransactional.showCreate(c, database, aria).forEach((table, text) -> b.append("|aria=").append(table)
                    .append(':').append(MariaDbAriaTransactional.said(text)).append(':').append(MariaDbAriaTransactional.pageChecksum(text)));
        }
        if (!sequences.isEmpty()) {
            try (java.sql.Statement st = c.createStatement();
                 java.sql.ResultSet rs = st.executeQuery(MariaDbInspector.sequenceOptions(database, sequences))) {
                while (rs.next()) {
                    for (int i = 1; i <= 7; i++) b.append('|').append(rs.getString(i));
                }
            }
        }
        if (partitioned) {
            try (java.sql.PreparedStatement ps = c.prepareStatement("""
                    SELECT TABLE_NAME, PARTITION_NAME, SUBPARTITION_NAME, PARTITION_METHOD, SUBPARTITION_METHOD,
                           PARTITION_EXPRESSION, SUBPARTITION_EXPRESSION, PARTITION_DESCRIPTION, PARTITION_COMMENT
                    FROM information_schema.PARTITIONS WHERE TABLE_SCHEMA = ? AND PARTITION_NAME IS NOT NULL
                    ORDER BY TABLE_NAME, PARTITION_ORDINAL_POSITION, SUBPARTITION_ORDINAL_POSITION
                    """)) {
                ps.setString(1, database);
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        for (int i = 1; i <= 9; i++) b.append('|').append(rs.getString(i));
                    }
                }
            }
        }
        return b.toString();
    };

    private static final SchemaFingerprint CATALOG_FINGERPRINT = (c, schemas) -> {
        return SchemaFingerprint.query("""
                SELECT MD5(CONCAT_WS('|',
                  (SELECT GROUP_CONCAT(CONCAT_WS(':', TABLE_NAME, TABLE_TYPE, ENGINE, TABLE_COLLATION, CREATE_OPTIONS, TABLE_COMMENT) ORDER BY TABLE_NAME SEPARATOR ',')
                     FROM information_schema.TABLES WHERE TABLE_SCHEMA = ?),
                  (SELECT GROUP_CONCAT(CONCAT_WS(':', TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION, COLUMN_TYPE, IS_NULLABLE, IFNULL(COLUMN_DEFAULT, '~'), EXTRA,
                          IFNULL(CHARACTER_SET_NAME, ''), IFNULL(COLLATION_NAME, ''), COLUMN_COMMENT, IFNULL(GENERATION_EXPRESSION, '')) ORDER BY TABLE_NAME, ORDINAL_POSITION SEPARATOR ',')
                     FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ?),
                  (SELECT GROUP_CONCAT(CONCAT_WS(':', TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX, COLUMN_NAME, NON_UNIQUE, IFNULL(SUB_PART, ''), IFNULL(COLLATION, ''), INDEX_TYPE, INDEX_COMMENT, IGNORED) ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX SEPARATOR ',')
                     FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = ?),
                  (SELECT GROUP_CONCAT(CONCAT_WS(':', TABLE_NAME, CONSTRAINT_NAME, CONSTRAINT_TYPE) ORDER BY TABLE_NAME, CONSTRAINT_NAME SEPARATOR ',')
                     FROM information_schema.TABLE_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = ?),
                  (SELECT GROUP_CONCAT(CONCAT_WS(':', TABLE_NAME, CONSTRAINT_NAME, LEVEL, CHECK_CLAUSE) ORDER BY TABLE_NAME, CONSTRAINT_NAME SEPARATOR ',')
                     FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = ?),
                  (SELECT GROUP_CONCAT(CONCAT_WS(':', TABLE_NAME, CONSTRAINT_NAME, REFERENCED_TABLE_NAME, UPDATE_RULE, DELETE_RULE) ORDER BY TABLE_NAME, CONSTRAINT_NAME SEPARATOR ',')
                     FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = ?),
                  (SELECT GROUP_CONCAT(CONCAT_WS(':', TABLE_NAME, CONSTRAINT_NAME, COLUMN_NAME, ORDINAL_POSITION, IFNULL(REFERENCED_COLUMN_NAME, '')) ORDER BY TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION SEPARATOR ',')
                     FROM information_schema.KEY_COLUMN_USAGE WHERE CONSTRAINT_SCHEMA = ?)))
                """, (conn, names) -> names.isEmpty() ? conn.getCatalog() : names.get(0)).of(c, schemas);
    };

    @Override
    public SchemaFingerprint schemaFingerprint() {
        return FINGERPRINT;
    }

    /**
     * MariaDB binds views, triggers and routines to columns by name when they run, not when they are created: a
     * MODIFY COLUMN of a column they use succeeds and they go on working with the new type.
     */
    @Override
    public boolean retypeBreaks(dev.schemactl.schema.UnmanagedObject dependent) {
        return false;
    }

    /**
     * RENAME TABLE moves the table's triggers along (their ON clause follows), but a body is text bound when it runs:
     * one that names the table itself (a SELECT from it) would then name a table that is gone.
     */
    @Override
    public boolean tableRenameFollows(dev.schemactl.schema.UnmanagedObject dependent, String table) {
        return dependent.kind().equals("trigger") && dependent.table() != null && dependent.definition() != null
                && table.equals(dev.schemactl.schema.TableName.key(dependent.schema(), dependent.table()))
                && !MariaDbTriggerColumns.bodyNamesItsTable(dependent.table(), dependent.definition());
    }
}
