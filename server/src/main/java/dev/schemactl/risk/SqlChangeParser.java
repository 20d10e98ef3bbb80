package dev.schemactl.risk;

import dev.schemactl.diff.Change;
import dev.schemactl.diff.ColumnPosition;
import dev.schemactl.diff.Expressions;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.engine.Engines;
import dev.schemactl.engine.TypeNames;
import dev.schemactl.engine.postgres.PostgresColumnOptions;
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
import dev.schemactl.schema.SequenceOwner;
import dev.schemactl.schema.Table;
import dev.schemactl.schema.TableName;
import dev.schemactl.schema.TypeKind;
import dev.schemactl.schema.UniqueConstraint;
import dev.schemactl.source.SqlScript;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Commit;
import net.sf.jsqlparser.statement.RollbackStatement;
import net.sf.jsqlparser.statement.SetStatement;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.UnsupportedStatement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.alter.AlterOperation;
import net.sf.jsqlparser.statement.alter.RenameTableStatement;
import net.sf.jsqlparser.statement.alter.sequence.AlterSequence;
import net.sf.jsqlparser.statement.comment.Comment;
import net.sf.jsqlparser.statement.create.index.CreateIndex;
import net.sf.jsqlparser.statement.create.sequence.CreateSequence;
import net.sf.jsqlparser.statement.create.table.ColDataType;
import net.sf.jsqlparser.statement.create.table.ColumnDefinition;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.table.ForeignKeyIndex;
import net.sf.jsqlparser.statement.create.view.CreateView;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.delete.ParenthesedDelete;
import net.sf.jsqlparser.statement.insert.ParenthesedInsert;
import net.sf.jsqlparser.statement.select.WithItem;
import net.sf.jsqlparser.statement.update.ParenthesedUpdate;
import net.sf.jsqlparser.statement.drop.Drop;
import net.sf.jsqlparser.statement.execute.Execute;
import net.sf.jsqlparser.statement.grant.Grant;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.merge.Merge;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.truncate.Truncate;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.statement.upsert.Upsert;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns hand-written SQL (migration files, rollback SQL, lint input) into the Changes a plan is made of, so the same
 * risk rules judge both. JSqlParser 5.3 parses the statements; the parser keeps a {@link WorkingSchema} (the live
 * schema plus everything parsed so far) to fill in what SQL leaves out: the definition of a dropped column, the type
 * a column had before {@code ALTER ... TYPE}, which kind of constraint {@code DROP CONSTRAINT x} drops.
 *
 * <p>JSqlParser cannot represent a few things schemactl must see; a light token check handles them before parsing
 * (each is documented where it happens): {@code CONCURRENTLY}, {@code NOT VALID}, {@code ALTER TYPE ... ADD VALUE},
 * {@code SET ... TO}, transaction control, PostgreSQL identity clauses, H2's {@code SET DATA TYPE} and
 * {@code ALTER COLUMN ... RENAME TO}, MariaDB's {@code DROP FOREIGN KEY}/{@code DROP INDEX} clauses, unnamed
 * {@code ADD CHECK}, {@code TRUNCATE} options and multi-table {@code DROP TABLE}. A statement it can neither parse
 * nor classify becomes {@link Op.Unknown} (rule UNKNOWN-STATEMENT).
 */
public final class SqlChangeParser {

    /**
     * One statement and what it does (several ops for an ALTER TABLE with several clauses).
     *
     * @param concurrently the statement said CONCURRENTLY (PostgreSQL)
     * @param notValid     the statement said NOT VALID (PostgreSQL)
     */
    public record Parsed(String sql, List<Op> ops, boolean concurrently, boolean notValid) {
        public Parsed {
            ops = List.copyOf(ops);
        }
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.DOTALL;
    private static final Pattern BEGIN = Pattern.compile("^(BEGIN|START\\s+TRANSACTION|BEGIN\\s+(WORK|TRANSACTION))(\\s+.*)?$", FLAGS);
    private static final Pattern END = Pattern.compile("^(COMMIT|END|ROLLBACK)(\\s+(WORK|TRANSACTION))?$", FLAGS);
    private static final Pattern ENUM_VALUE = Pattern.compile(
            "^ALTER\\s+TYPE\\s+(\\S+)\\s+ADD\\s+VALUE\\s+(IF\\s+NOT\\s+EXISTS\\s+)?'((?:[^']|'')*)'(\\s+(BEFORE|AFTER)\\s+'.*')?$", FLAGS);
    private static final Pattern LOCK_TIMEOUT = Pattern.compile(
            "^SET\\s+(SESSION\\s+|LOCAL\\s+|GLOBAL\\s+)?(@@)?(lock_timeout|lock_wait_timeout|innodb_lock_wait_timeout)\\s*(=|\\s+TO\\s+|\\s)\\s*(.+)$", FLAGS);
    private static final Pattern SET = Pattern.compile("^(SET|RESET)\\s.*$", FLAGS);
    /** PostgreSQL identity clauses on an existing column, which JSqlParser does not parse. */
    private static final Pattern IDENTITY = Pattern.compile(
            "^ALTER\\s+TABLE\\s+(?:ONLY\\s+|IF\\s+EXISTS\\s+)?(\\S+)\\s+ALTER\\s+(?:COLUMN\\s+)?(\\S+)\\s+"
                    + "(ADD\\s+GENERATED\\s+.*AS\\s+IDENTITY.*|DROP\\s+IDENTITY.*|SET\\s+GENERATED\\s+.*|RESTART(\\s.*)?)$", FLAGS);
    private static final Pattern KEY_KIND_INDEX = Pattern.compile("^CREATE\\s+(FULLTEXT|SPATIAL)\\s+INDEX\\s+", FLAGS);
    private static final Pattern PARTITION_OF = Pattern.compile(
            "CREATE\\s+(?:UNLOGGED\\s+)?TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(\\S+)\\s+PARTITION\\s+OF\\s+.*", FLAGS);
    private static final Pattern CONSTRAINTS_ONLY = Pattern.compile("^CREATE\\s+(?:UNLOGGED\\s+)?TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?("
            + "(?:\"(?:[^\"]|\"\")+\"|[\\w$]+)(?:\\.(?:\"(?:[^\"]|\"\")+\"|[\\w$]+))?)\\s*\\(\\s*(?:\\)|(?:CONSTRAINT|CHECK)\\b.*)$", FLAGS);
    private static final Pattern INHERITS = Pattern.compile("\\)\\s*INHERITS\\s*\\([^()]*\\)\\s*$", FLAGS);
    /** MariaDB {@code ALTER TABLE t ALTER INDEX i [NOT] IGNORED}, which JSqlParser 5.3 does not take. */
    private static final Pattern ALTER_INDEX_IGNORED = Pattern.compile(
            "^ALTER\\s+TABLE\\s+(\\S+)\\s+ALTER\\s+INDEX\\s+(\\S+)\\s+(NOT\\s+)?IGNORED$", FLAGS);
    /** PostgreSQL {@code ALTER INDEX i ALTER [COLUMN] n SET STATISTICS m} (an expression key's target), which JSqlParser 5.3 does not take. */
    private static final Pattern ALTER_INDEX_STATISTICS = Pattern.compile(
            "^ALTER\\s+INDEX\\s+(?:IF\\s+EXISTS\\s+)?(\\S+)\\s+ALTER\\s+(?:COLUMN\\s+)?(\\d+)\\s+SET\\s+STATISTICS\\s+(-?\\d+)$", FLAGS);
    /**
     * PostgreSQL {@code ALTER INDEX i SET (...)} / {@code RESET (...)} (storage parameters of an index, as the renderer
     * changes a key's), which JSqlParser 5.3 does not take: no rows move, the index is not rebuilt.
     */
    private static final Pattern ALTER_INDEX_STORAGE = Pattern.compile(
            "^ALTER\\s+INDEX\\s+(?:IF\\s+EXISTS\\s+)?\\S+\\s+(?:SET|RESET)\\s*\\(.*\\)$", FLAGS);
    /** MariaDB/MySQL {@code ALTER TABLE t PARTITION BY ...} or {@code REMOVE PARTITIONING}: the rows are copied into a new table. */
    private static final Pattern REPARTITION = Pattern.compile(
            "^ALTER\\s+TABLE\\s+(\\S+)\\s+(PARTITION\\s+BY\\b.*|REMOVE\\s+PARTITIONING)$", FLAGS);
    /** A PRIMARY KEY's column list, whose ASC/DESC JSqlParser 5.3 does not take. */
    /** A key's covering columns: {@code PRIMARY KEY | UNIQUE [NULLS [NOT] DISTINCT] (key) INCLUDE (columns)}. */
    private static final Pattern KEY_INCLUDE = Pattern.compile(
            "(\\b(?:PRIMARY\\s+KEY|UNIQUE(?:\\s+NULLS\\s+(?:NOT\\s+)?DISTINCT)?)\\s*\\(([^()]*)\\))\\s*INCLUDE\\s*\\(([^()]*)\\)", FLAGS);
    private static final Pattern PRIMARY_KEY_COLUMNS = Pattern.compile("\\bPRIMARY\\s+KEY\\s*\\(([^()]*)\\)", FLAGS);
    private static final Pattern CONCURRENTLY = Pattern.compile("^((?:CREATE\\s+(?:UNIQUE\\s+)?|DROP\\s+)INDEX)\\s+CONCURRENTLY\\s+", FLAGS);
    /**
     * PostgreSQL table options schemactl writes (JSqlParser 5.3 takes none of them), one or more comma-separated:
     * SET / RESET of storage parameters, row level security, replica identity, SET LOGGED / UNLOGGED and SET ACCESS
     * METHOD (which rewrite the table), [NOT] OF type (a typed table).
     */
    private static final String TABLE_OPTION = "(?:SET\\s*\\([^()]*\\)|RESET\\s*\\([^()]*\\)|(?:ENABLE|DISABLE|FORCE|NO\\s+FORCE)\\s+ROW\\s+LEVEL\\s+SECURITY"
            + "|REPLICA\\s+IDENTITY\\s+(?:DEFAULT|FULL|NOTHING|USING\\s+INDEX\\s+\\S+)|SET\\s+(?:LOGGED|UNLOGGED)|SET\\s+ACCESS\\s+METHOD\\s+(?:\"[^\"]+\"|[^\\s,\"]+)|NOT\\s+OF|OF\\s+(?:\"[^\"]+\"|[^\\s,\"]+))";
    private static final Pattern TABLE_OPTIONS = Pattern.compile("^ALTER\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(?:ONLY\\s+)?(\\S+|\"[^\"]+\")\\s+("
            + TABLE_OPTION + "(?:\\s*,\\s*" + TABLE_OPTION + ")*)$", FLAGS);
    /** MariaDB's application-time periods, which JSqlParser does not take: {@code ADD PERIOD FOR p (s, e)}, {@code DROP PERIOD FOR p}. */
    private static final String PERIOD_NAME = "(`(?:[^`]|``)+`|[\\w$]+)";
    private static final Pattern ADD_PERIOD = Pattern.compile("^ALTER\\s+TABLE\\s+" + PERIOD_NAME + "\\s+ADD\\s+PERIOD\\s+FOR\\s+" + PERIOD_NAME
            + "\\s*\\(\\s*" + PERIOD_NAME + "\\s*,\\s*" + PERIOD_NAME + "\\s*\\)$", FLAGS);
    private static final Pattern DROP_PERIOD = Pattern.compile("^ALTER\\s+TABLE\\s+" + PERIOD_NAME + "\\s+DROP\\s+PERIOD\\s+FOR\\s+" + PERIOD_NAME + "$", FLAGS);
    /** A unique key without overlaps of a period: {@code ADD [CONSTRAINT n] UNIQUE [KEY] [n] (a, b, p WITHOUT OVERLAPS)}. */
    private static final Pattern ADD_UNIQUE_WITHOUT_OVERLAPS = Pattern.compile("^ALTER\\s+TABLE\\s+" + PERIOD_NAME
            + "\\s+ADD\\s+(?:CONSTRAINT\\s+" + PERIOD_NAME + "\\s+)?UNIQUE(?:\\s+(?:KEY|INDEX))?(?:\\s+" + PERIOD_NAME + ")?\\s*\\(([^()]*),\\s*"
            + PERIOD_NAME + "\\s+WITHOUT\\s+OVERLAPS\\s*\\)$", FLAGS);
    /** An ALTER TABLE that adds or drops system versioning, with its other clauses (MariaDB). */
    private static final Pattern ALTER_VERSIONING = Pattern.compile("^ALTER\\s+TABLE\\s+" + PERIOD_NAME
            + "\\s+(.*\\b(?:ADD|DROP)\\s+SYSTEM\\s+VERSIONING\\b.*)$", FLAGS);
    private static final Pattern ADD_ROW_COLUMN = Pattern.compile("^ADD\\s+(?:COLUMN\\s+)?" + PERIOD_NAME
            + "\\s+(.+?)\\s+GENERATED\\s+ALWAYS\\s+AS\\s+ROW\\s+(START|END)\\b.*$", FLAGS);
    private static final Pattern DROP_COLUMN_CLAUSE = Pattern.compile("^DROP\\s+(?:COLUMN\\s+)?" + PERIOD_NAME + "$", FLAGS);
    private static final Pattern ADD_SYSTEM_PERIOD = Pattern.compile("^ADD\\s+PERIOD\\s+FOR\\s+SYSTEM_TIME\\s*\\(\\s*" + PERIOD_NAME
            + "\\s*,\\s*" + PERIOD_NAME + "\\s*\\)$", FLAGS);
    /** A column's {@code WITHOUT SYSTEM VERSIONING} (MariaDB). */
    private static final Pattern UNVERSIONED_COLUMN = Pattern.compile("(?i)\\s+WITHOUT\\s+SYSTEM\\s+VERSIONING\\b");
    /** {@code LOGGED}, {@code UNLOGGED} or {@code ACCESS METHOD name} (the name as written), spelled as rules read it. */
    private static String clause(String written) {
        String words = written.replaceAll("\\s+", " ");
        return words.regionMatches(true, 0, "ACCESS METHOD ", 0, 14) ? "ACCESS METHOD " + words.substring(14)
                : words.toUpperCase(Locale.ROOT);
    }

    /** The table options that write the table anew: its persistence and its table access method. */
    private static final Pattern PERSISTENCE_CLAUSE = Pattern.compile("\\bSET\\s+(LOGGED|UNLOGGED|ACCESS\\s+METHOD\\s+(?:\"[^\"]+\"|[^\\s,\"]+))", FLAGS);
    /**
     * Foreign key clauses JSqlParser 5.3 does not take and no rule reads: {@code MATCH FULL|SIMPLE|PARTIAL}, and the
     * column list of PostgreSQL 15's {@code ON DELETE SET NULL|SET DEFAULT (columns)}.
     */
    private static final Pattern FK_MATCH = Pattern.compile("\\s+MATCH\\s+(?:FULL|SIMPLE|PARTIAL)\\b", FLAGS);
    private static final Pattern FK_SET_COLUMNS = Pattern.compile("(\\bON\\s+DELETE\\s+SET\\s+(?:NULL|DEFAULT))\\s*\\([^()]*\\)", FLAGS);
    /** PostgreSQL COMMENT ON INDEX / CONSTRAINT / SEQUENCE / TYPE / TRIGGER / ... (JSqlParser 5.3 takes only tables and columns): a comment, nothing more. */
    private static final Pattern OBJECT_COMMENT = Pattern.compile("^COMMENT\\s+ON\\s+(INDEX|CONSTRAINT|SEQUENCE|TYPE|TRIGGER|SCHEMA"
            + "|STATISTICS|POLICY|RULE|VIEW|MATERIALIZED\\s+VIEW|EXTENSION|COLLATION|AGGREGATE|OPERATOR|DOMAIN|TEXT\\s+SEARCH\\s+CONFIGURATION"
            + "|FUNCTION|PROCEDURE|ROUTINE)\\s.*$", FLAGS);
    private static final String IDENTIFIER = "(?:\"(?:[^\"]|\"\")+\"|[\\w$]+)";
    /**
     * CREATE/ALTER SEQUENCE with an OWNED BY clause, which JSqlParser does not take: prefix, name, the options before
     * the clause, NONE or the owner (table, perhaps schema-qualified, and column), the options after it.
     */
    private static final Pattern OWNED_BY = Pattern.compile("^((?:CREATE|ALTER)\\s+(?:UNLOGGED\\s+)?SEQUENCE\\s+(?:IF\\s+(?:NOT\\s+)?EXISTS\\s+)?)((?:"
            + IDENTIFIER + "\\.)?" + IDENTIFIER + ")(.*?)\\s+OWNED\\s+BY\\s+(NONE|((?:" + IDENTIFIER + "\\.)?" + IDENTIFIER + ")\\.("
            + IDENTIFIER + "))(\\s.*)?$", FLAGS);
    /** A check's expression, for {@link #withoutNoInherit}. */
    private static final Pattern CHECK_OPEN = Pattern.compile("\\bCHECK\\s*\\(", FLAGS);
    /** NO INHERIT after a check's expression (perhaps after NOT VALID), which JSqlParser does not take. */
    private static final Pattern NO_INHERIT = Pattern.compile("^(\\s+NOT\\s+VALID)?\\s+NO\\s+INHERIT\\b", FLAGS);
    private static final Pattern NOT_VALID = Pattern.compile("\\s+NOT\\s+VALID\\s*$", FLAGS);
    private static final Pattern USING_INDEX = Pattern.compile("^ALTER\\s+TABLE\\s+.*\\sADD\\s+(CONSTRAINT\\s+\\S+\\s+)?(UNIQUE|PRIMARY\\s+KEY)\\s+USING\\s+INDEX\\s+\\S+.*$", FLAGS);
    private static final Pattern TRUNCATE = Pattern.compile(
            "^(TRUNCATE(?:\\s+TABLE)?(?:\\s+ONLY)?\\s+.+?)(\\s+(?:RESTART|CONTINUE)\\s+IDENTITY)?(\\s+(?:CASCADE|RESTRICT))?$", FLAGS);
    private static final Pattern DROP_TABLES = Pattern.compile("^DROP\\s+TABLE\\s+(IF\\s+EXISTS\\s+)?(.+?)(\\s+(?:CASCADE|RESTRICT))?$", FLAGS);
    private static final Pattern DROP_FOREIGN_KEY = Pattern.compile("\\bDROP\\s+FOREIGN\\s+KEY\\s+(IF\\s+EXISTS\\s+)?([`\"]?[\\w$]+[`\"]?)", FLAGS);
    private static final Pattern DROP_INDEX_CLAUSE = Pattern.compile(",?\\s*\\bDROP\\s+(?:INDEX|KEY)\\s+(IF\\s+EXISTS\\s+)?([`\"]?[\\w$]+[`\"]?)", FLAGS);
    private static final Pattern ALTER_DOMAIN = Pattern.compile("^ALTER\\s+DOMAIN\\s+((?:\"[^\"]*\"|[\\w$])+(?:\\.(?:\"[^\"]*\"|[\\w$])+)?)\\s+(.*)$", FLAGS);
    /**
     * A materialized view made WITH NO DATA (as pg_dump and a baseline write it): a new, empty relation, on which an
     * index builds at once and cannot meet duplicates (it was scored as a table of a million rows).
     */
    private static final Pattern EMPTY_MATERIALIZED_VIEW = Pattern.compile(
            "^CREATE\\s+MATERIALIZED\\s+VIEW\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(" + IDENTIFIER + "(?:\\." + IDENTIFIER + ")?)\\s.*\\sWITH\\s+NO\\s+DATA\\s*;?$", FLAGS);
    private static final Pattern HARMLESS_DDL = Pattern.compile(
            "^(CREATE|DROP|ALTER)\\s+(OR\\s+REPLACE\\s+)?(TYPE|EXTENSION|DOMAIN|FUNCTION|PROCEDURE|TRIGGER|VIEW|MATERIALIZED\\s+VIEW|SEQUENCE|ROLE|USER|POLICY|COLLATION"
            + "|AGGREGATE|OPERATOR|STATISTICS|TEXT\\s+SEARCH\\s+CONFIGURATION)\\b.*$", FLAGS);
    /**
     * SQLite pragmas schemactl's own SQLite migrations set: {@code foreign_keys} OFF/ON around a table rebuild (its
     * envelope changesets) and {@code legacy_alter_table} ON/OFF around the rebuild's RENAME. They change how the
     * connection checks references, not the schema or the data; other pragmas stay UNKNOWN-STATEMENT.
     */
    private static final Pattern SQLITE_PRAGMA = Pattern.compile(
            "^PRAGMA\\s+(?:main\\.)?(foreign_keys|legacy_alter_table|defer_foreign_keys)\\s*=\\s*(ON|OFF|TRUE|FALSE|YES|NO|0|1)$", FLAGS);
    /**
     * The guards and checks schemactl's SQLite renderer writes around a rebuild: {@code SELECT CASE WHEN ... THEN
     * json_extract('{}', 'schemactl: ...') ... END} reads the catalog (pragma_foreign_keys, sqlite_schema,
     * pragma_table_list, pragma_foreign_key_check) and fails the migration on purpose; it writes nothing.
     */
    /**
     * The guard schemactl's MariaDB renderer writes before a conversion some values cannot take (inet6 to inet4): a
     * compound statement that reads the table and SIGNALs when a value has no value of the new type; it writes nothing.
     */
    private static final Pattern MARIADB_GUARD = Pattern.compile(
            "^BEGIN NOT ATOMIC IF EXISTS \\(SELECT 1 FROM .*\\) THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'schemactl: .*'; END IF; END$", FLAGS);
    /** An empty schema (a baseline of a database spread over several schemas starts with them); no schema elements. */
    private static final Pattern CREATE_SCHEMA = Pattern.compile(
            "(?i)^CREATE SCHEMA (?:IF NOT EXISTS )?(?:\"[^\"]+\"|[\\w$]+)(?: AUTHORIZATION (?:\"[^\"]+\"|[\\w$]+))? ?;?$");
    private static final Pattern SCHEMACTL_GUARD = Pattern.compile(
            "^SELECT\\s+CASE\\s+WHEN\\s.*\\bTHEN\\s+json_extract\\(\\s*'\\{\\}'\\s*,\\s*'schemactl: .*\\bEND$", FLAGS);
    /** A psql meta-command (\\i, \\ir, \\include, \\!, ...) on a line of its own: Liquibase cannot run it, psql would. */
    private static final Pattern META_COMMAND = Pattern.compile("(?m)^\\s*\\\\([A-Za-z!]+)");
    /** PostgreSQL DO blocks: {@code DO $$ ... $$}, {@code DO LANGUAGE plpgsql $x$ ... $x$}. */
    private static final Pattern DO_BLOCK = Pattern.compile("^DO(\\s+LANGUAGE\\s+\\S+)?\\s*(\\$|').*$", FLAGS);
    private static final Pattern PREPARE = Pattern.compile("^PREPARE\\s+([\\w$]+).*$", FLAGS);
    private static final Pattern EXECUTE = Pattern.compile("^(EXECUTE|EXEC)(\\s+IMMEDIATE)?\\s+(.+)$", FLAGS);
    private static final Pattern CALL = Pattern.compile("^CALL\\s+([^\\s(]+).*$", FLAGS);
    private static final Pattern DEALLOCATE = Pattern.compile("^(DEALLOCATE|DROP)\\s+PREPARE\\s+\\S+$|^DEALLOCATE\\s+(ALL|\\S+)$", FLAGS);
    private static final String NAME = "(?:[\\w$]+|\"[^\"]+\"|`[^`]+`)";
    private static final Pattern ROUTINE = Pattern.compile("^CREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:DEFINER\\s*=\\s*\\S+\\s+)?"
            + "(?:FUNCTION|PROCEDURE)\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(" + NAME + "(?:\\." + NAME + ")*)\\s*\\(.*$", FLAGS);
    private static final Pattern ROUTINE_DDL = Pattern.compile("^(DROP|ALTER|COMMENT\\s+ON|GRANT|REVOKE)\\s.*\\b(FUNCTION|PROCEDURE|ROUTINE)\\b.*$", FLAGS);
    /** SET of the session settings the rules track (MariaDB foreign_key_checks, PostgreSQL TimeZone). */
    private static final Pattern SESSION_SETTING = Pattern.compile(
            "^SET\\s+(?:SESSION\\s+|LOCAL\\s+)?(?:@@(?:SESSION\\.)?)?(foreign_key_checks|time\\s+zone|timezone)\\s*(?:=|\\s+TO\\s+|\\s)\\s*(.+)$", FLAGS);
    /** MariaDB/MySQL ALTER TABLE options that say how the table is changed: ALGORITHM=..., LOCK=... */
    private static final Pattern ALTER_OPTION = Pattern.compile("(?i),?\\s*\\b(ALGORITHM|LOCK)\\s*=?\\s*(DEFAULT|INPLACE|INSTANT|NOCOPY|COPY|NONE|SHARED|EXCLUSIVE)\\b\\s*,?");
    /** Words that, in a statement not understood, mean it may remove or overwrite data. */
    private static final Pattern DESTRUCTIVE_WORD = Pattern.compile(
            "(?i)(?<!\\bON )\\b(DELETE|UPDATE|TRUNCATE|MERGE|EXECUTE|CALL|REPLACE\\s+INTO|DROP\\s+(?:TABLE|COLUMN|SCHEMA|DATABASE))\\b");
    /** ALTER TABLE clause verbs followed by a column name, for the retry that quotes names JSqlParser takes for keywords. */
    private static final Pattern COLUMN_AFTER = Pattern.compile(
            "(?i)\\b(ADD|DROP|ALTER|MODIFY|CHANGE|RENAME)(\\s+COLUMN)?(\\s+IF\\s+(?:NOT\\s+)?EXISTS)?\\s+([A-Za-z_][\\w$]*)\\b");
    private static final Set<String> NOT_A_COLUMN = Set.of("TABLE", "COLUMN", "CONSTRAINT", "PRIMARY", "UNIQUE", "FOREIGN",
            "CHECK", "INDEX", "KEY", "IF", "PARTITION", "FULLTEXT", "SPATIAL", "DEFAULT", "NOT", "TO", "PERIOD", "SYSTEM",
            "SET", "TYPE", "VALUE");
    private static final Pattern SERIAL = Pattern.compile("^(small|big)?serial[248]?$", Pattern.CASE_INSENSITIVE);
    private static final Set<String> SPEC_STOP = Set.of("NOT", "NULL", "PRIMARY", "UNIQUE", "REFERENCES", "CHECK", "CONSTRAINT",
            "COMMENT", "GENERATED", "AUTO_INCREMENT", "AUTOINCREMENT", "IDENTITY", "COLLATE", "ON", "AS", "KEY", "CHARACTER",
            "USING", "INVISIBLE", "VISIBLE", "AFTER", "FIRST");

    private final EngineKind engine;
    private final TypeNames types;
    private final WorkingSchema schema;
    /** The database's schema before the SQL runs (which tables use a domain). */
    private final Schema live;
    private static final Pattern SEQUENCE = Pattern.compile("(?i)(CREATE|ALTER)\\s+(?:UNLOGGED\\s+)?SEQUENCE\\b");
    private static final Pattern SEQUENCE_DATA_TYPE =
            Pattern.compile("(?i)\\s+AS\\s+(?:smallint|integer|int|bigint|int2|int4|int8)\\b");

    /** The live schema's sequences by (schema, name) (what OWNED BY changes from); the default schema's under "". */
    private final Map<List<String>, Sequence> sequences = new java.util.HashMap<>();
    /** The managed schemas other than the default one that the live schema names objects in. */
    private final Set<String> otherSchemas = new java.util.TreeSet<>();
    /** Functions and procedures created so far in what is parsed (lower-case names): calling one is opaque code. */
    private final Set<String> routines = new java.util.TreeSet<>();

    /** A parser for SQL written for {@code engine}, against {@code live} (the database's schema before the SQL runs). */
    public SqlChangeParser(EngineKind engine, Schema live) {
        this.engine = engine;
        this.types = Engines.of(engine).typeNames();
        this.schema = new WorkingSchema(live);
        this.live = live;
        for (Sequence q : live.sequences()) sequences.putIfAbsent(List.of(Objects.toString(q.schema(), ""), q.name()), q);
        live.sequences().stream().map(Sequence::schema).filter(Objects::nonNull).forEach(otherSchemas::add);
        live.enumTypes().stream().map(dev.schemactl.schema.EnumType::schema).filter(Objects::nonNull).forEach(otherSchemas::add);
        live.tables().stream().map(dev.schemactl.schema.Table::schema).filter(Objects::nonNull).forEach(otherSchemas::add);
    }

    /**
     * ALTER DOMAIN ... SET NOT NULL, ADD [CONSTRAINT name] CHECK (...) [NOT VALID] and VALIDATE CONSTRAINT name, which
     * check the rows of the live tables with a column of the domain (the risk rules' {@link DomainRules}); null for any
     * other statement (the other ALTER DOMAIN forms check nothing and stay harmless DDL).
     */
    private Change alterDomain(String flat) {
        java.util.regex.Matcher m = ALTER_DOMAIN.matcher(flat);
        if (!m.matches()) return null;
        String spelled = m.group(1);
        String action = m.group(2);
        dev.schemactl.schema.Domain domain = live.domains().stream().filter(d -> d.namedBy(spelled)).findFirst()
                .orElseGet(() -> new dev.schemactl.schema.Domain(null, spelled, "unknown", null, null, false, List.of(), null));
        List<String> usedBy = live.tables().stream().filter(t -> t.columns().stream()
                .anyMatch(c -> c.type().raw() != null && domain.namedBy(c.type().raw()))).map(dev.schemactl.schema.Table::name).toList();
        if (action.matches("(?is)SET\\s+NOT\\s+NULL")) return new Change.SetDomainNotNull(domain, true, usedBy);
        java.util.regex.Matcher v = Pattern.compile("(?is)VALIDATE\\s+CONSTRAINT\\s+(\\S+)").matcher(action);
        if (v.matches()) {
            return new Change.ValidateDomainCheck(domain, new dev.schemactl.schema.DomainCheck(v.group(1), "CHECK (...)", false), usedBy);
        }
        java.util.regex.Matcher c = Pattern.compile("(?is)ADD\\s+(?:CONSTRAINT\\s+(\\S+)\\s+)?(CHECK\\s*\\(.*\\))(\\s+NOT\\s+VALID)?").matcher(action);
        if (c.matches()) {
            return new Change.AddDomainCheck(domain, new dev.schemactl.schema.DomainCheck(c.group(1) == null ? "unnamed" : c.group(1),
                    c.group(2), c.group(3) != null), usedBy);
        }
        return null;
    }

    private static final Pattern ALTER_TYPE_DROP_ATTRIBUTE = Pattern.compile("^ALTER\\s+TYPE\\s+((?:\"[^\"]*\"|[\\w$])+(?:\\.(?:\"[^\"]*\"|[\\w$])+)?)"
            + "\\s+DROP\\s+ATTRIBUTE\\s+(?:IF\\s+EXISTS\\s+)?(\"[^\"]*\"|[\\w$]+)(?:\\s+(?:CASCADE|RESTRICT))?$", FLAGS);

    /**
     * ALTER TYPE ... DROP ATTRIBUTE of a composite type of the live schema: its values go from the live tables' columns
     * of the type (DS-DROP-COLUMN, as the plan's step is scored); null for any other statement.
     */
    private Change alterTypeDropAttribute(String flat) {
        java.util.regex.Matcher m = ALTER_TYPE_DROP_ATTRIBUTE.matcher(flat);
        if (!m.matches()) return null;
        String spelled = m.group(1);
        dev.schemactl.schema.CompositeType type = live.compositeTypes().stream().filter(t -> t.namedBy(spelled)).findFirst().orElse(null);
        if (type == null) return null;
        String attribute = m.group(2).startsWith("\"") ? m.group(2).substring(1, m.group(2).length() - 1).replace("\"\"", "\"")
                : m.group(2).toLowerCase(Locale.ROOT);
        dev.schemactl.schema.CompositeType.Attribute dropped = type.attribute(attribute).orElse(null);
        if (dropped == null) return null;
        List<String> usedBy = live.tables().stream().filter(t -> t.columns().stream()
                .anyMatch(c -> c.type().raw() != null && type.namedBy(c.type().raw()))).map(dev.schemactl.schema.Table::key).toList();
        return new Change.DropCompositeAttribute(type.withAttributes(type.attributes().stream().filter(a -> a != dropped).toList()),
                dropped, usedBy);
    }

    /** The engine the SQL is written for. */
    public EngineKind engine() {
        return engine;
    }

    /** Splits a script into statements (comments dropped) and parses each, in order. */
    public List<Parsed> parseScript(String script) {
        // the splitter skips psql meta-commands on lines of their own (client commands, not SQL); for risk they are
        // code schemactl does not read (\i includes a file), so they come back here, in the order of their lines
        List<SqlScript.Statement> statements = SqlScript.statements(script, true);
        List<int[]> metaLines = new ArrayList<>();
        String[] lines = script.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            // a meta-command inside a statement (no semicolon before it) stays in that statement's text
            if (line.startsWith("\\") && statements.stream().noneMatch(st -> st.sql().contains(line))) metaLines.add(new int[]{i + 1});
        }
        List<Parsed> out = new ArrayList<>();
        int next = 0;
        for (SqlScript.Statement statement : statements) {
            while (next < metaLines.size() && metaLines.get(next)[0] < statement.line()) {
                out.add(parse(lines[metaLines.get(next)[0] - 1]));
                next++;
            }
            out.add(parse(statement.sql()));
        }
        while (next < metaLines.size()) {
            out.add(parse(lines[metaLines.get(next)[0] - 1]));
            next++;
        }
        return out;
    }

    /** Parses one statement and applies what it does to the working schema, so the next statement sees it. */
    public Parsed parse(String statement) {
        String sql = statement.strip();
        while (sql.endsWith(";")) sql = sql.substring(0, sql.length() - 1).strip();
        Parsed parsed;
        try {
            parsed = classify(sql);
        } catch (RuntimeException e) {
            parsed = new Parsed(sql, List.of(new Op.Unknown("cannot classify: " + firstLine(e.getMessage()))), false, false);
        }
        parsed = withOpaqueNet(parsed);
        for (Op op : parsed.ops()) {
            if (op instanceof Op.Structural s) schema.apply(s.change());
        }
        return parsed;
    }

    /**
     * A statement not understood that names a verb which removes or overwrites data (DELETE, UPDATE, TRUNCATE, MERGE,
     * EXECUTE, CALL, DROP TABLE, ...) is also opaque code: judged as if it could do what it names.
     */
    private static Parsed withOpaqueNet(Parsed parsed) {
        if (parsed.ops().stream().noneMatch(o -> o instanceof Op.Unknown)
                || parsed.ops().stream().anyMatch(o -> o instanceof Op.Opaque)) {
            return parsed;
        }
        Matcher m = DESTRUCTIVE_WORD.matcher(parsed.sql().replaceAll("\\s+", " "));
        if (!m.find()) return parsed;
        List<Op> ops = new ArrayList<>(parsed.ops());
        ops.add(new Op.Opaque("a statement schemactl cannot parse that says " + m.group(1).toUpperCase(Locale.ROOT)
                .replaceAll("\\s+", " ")));
        return new Parsed(parsed.sql(), ops, parsed.concurrently(), parsed.notValid());
    }

    /** Code whose effect the text does not show (see {@link Op.Opaque}); null when the statement is not such code. */
    private Parsed opaque(String sql, String flat) {
        Matcher m = META_COMMAND.matcher(sql);
        if (m.find()) {
            String cmd = m.group(1);
            boolean include = cmd.matches("(?i)i|ir|include|include_relative");
            return of(sql, new Op.Opaque("psql meta-command \\" + cmd + (include ? ": includes a file schemactl does not read"
                    : ": runs something schemactl does not read")));
        }
        if (DO_BLOCK.matcher(flat).matches()) {
            boolean dynamic = flat.matches("(?is).*\\bEXECUTE\\b.*");
            return of(sql, new Op.Opaque("DO block" + (dynamic ? " with dynamic SQL (EXECUTE)" : "")
                    + ": procedural code whose effect cannot be read from the text"));
        }
        if (DEALLOCATE.matcher(flat).matches()) return of(sql, new Op.Harmless("deallocate prepared statement", false));
        m = PREPARE.matcher(flat);
        if (m.matches()) {
            return of(sql, new Op.Opaque("PREPARE " + m.group(1) + ": prepares SQL that a later EXECUTE runs"));
        }
        m = EXECUTE.matcher(flat);
        if (m.matches()) {
            return of(sql, new Op.Opaque(m.group(2) != null ? "EXECUTE IMMEDIATE: runs SQL built at run time"
                    : "EXECUTE " + m.group(3).split("[\\s(]")[0] + ": runs a prepared statement"));
        }
        m = CALL.matcher(flat);
        if (m.matches()) {
            return of(sql, new Op.Opaque("CALL " + ident(m.group(1)) + ": what the procedure does cannot be read from the call"));
        }
        m = ROUTINE.matcher(flat);
        if (m.matches()) {
            routines.add(ident(m.group(1)).toLowerCase(Locale.ROOT));
            return of(sql, new Op.Harmless("create routine", true));
        }
        if (!routines.isEmpty() && !ROUTINE_DDL.matcher(flat).matches() && !createsAnEmptyTable(flat) && !buildsAnIndex(flat)) {
            for (String routine : routines) {
                Pattern call = Pattern.compile("(?i)(?<![\\w$])(?:[\\w$]+\\.|\"[^\"]+\"\\.)?[\"`]?" + Pattern.quote(routine)
                        + "[\"`]?\\s*\\(");
                if (call.matcher(withoutStrings(flat)).find()) {
                    return of(sql, new Op.Opaque("calls " + routine + "(), created in this migration: what it does cannot "
                            + "be read from the call"));
                }
            }
        }
        return null;
    }

    /**
     * A CREATE TABLE with a column list and no AS query: its defaults and checks calling a routine run on rows to come,
     * none at creation (a baseline's table whose CHECK calls a function of the same file was scored as opaque code and
     * then unknown to the rules, so its indexes were scored as on a table of a million rows).
     */
    private static boolean createsAnEmptyTable(String flat) {
        Matcher m = CREATE_TABLE_OR_INDEX.matcher(flat);
        if (!m.find() || !m.group().toUpperCase(Locale.ROOT).endsWith("TABLE")) return false;
        int open = flat.indexOf('(');
        int close = open < 0 ? -1 : dev.schemactl.engine.SqlText.matchingParen(flat, open);
        return close > 0 && !flat.substring(0, open).matches("(?is).*\\bAS\\b.*")
                && !flat.substring(close + 1).matches("(?is).*\\bAS\\s*(?:\\(|(?:SELECT|WITH|VALUES|TABLE|EXECUTE)\\b).*");
    }

    /**
     * A CREATE INDEX: its keys and predicate may call only IMMUTABLE functions, so one made earlier in the file computes
     * values and does nothing else; the statement is an index build, scored as one (musicbrainz's baseline: an index on
     * mb_simple_tsvector(name) was scored as opaque code and refused by the default policy).
     */
    private static boolean buildsAnIndex(String flat) {
        Matcher m = CREATE_TABLE_OR_INDEX.matcher(flat);
        return m.find() && m.group().toUpperCase(Locale.ROOT).endsWith("INDEX");
    }

    private static final Pattern TEXT_NEXTVAL = Pattern.compile(
            "(?i)\\bnextval\\s*\\(\\s*\\(\\s*('(?:[^']|'')*')\\s*::\\s*text\\s*\\)\\s*::\\s*regclass\\s*\\)");
    private static final Pattern UNCAST_NEXTVAL = Pattern.compile("(?i)\\bnextval\\s*\\(\\s*('(?:[^']|'')*')\\s*\\)");

    private static String withoutStrings(String sql) {
        return sql.replaceAll("'(?:[^']|'')*'", "''");
    }

    private Parsed classify(String sql) {
        String constantInsert = ConstantInsert.table(sql);
        if (constantInsert != null) return of(sql, new Op.DataChange(ident(constantInsert), "INSERT"));
        String flat = sql.replaceAll("\\s+", " ");
        if (MARIADB_GUARD.matcher(flat).matches()) return of(sql, new Op.Harmless("schemactl guard", false));
        if (BEGIN.matcher(flat).matches()) return of(sql, new Op.TransactionControl(true));
        if (END.matcher(flat).matches()) return of(sql, new Op.TransactionControl(false));
        Matcher m = ENUM_VALUE.matcher(flat);
        if (m.matches()) return of(sql, new Op.AddEnumValue(ident(m.group(1)), m.group(3).replace("''", "'"), m.group(4) != null));
        m = LOCK_TIMEOUT.matcher(flat);
        if (m.matches()) return of(sql, new Op.SetLockTimeout(m.group(5).trim()));
        m = SESSION_SETTING.matcher(flat);
        if (m.matches()) {
            String name = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
            String value = m.group(2).trim().replaceAll("^['\"]|['\"]$", "").toLowerCase(Locale.ROOT);
            return of(sql, new Op.SessionSetting(name.equals("timezone") ? "timezone" : name, value));
        }
        if (SET.matcher(flat).matches()) return of(sql, new Op.Harmless("SET", false));
        Parsed opaque = opaque(sql, flat);
        if (opaque != null) return opaque;
        if (flat.matches("(?i)^ANALYZE(\\s.*)?$")) return of(sql, new Op.Harmless("ANALYZE", false));
        if (SQLITE_PRAGMA.matcher(flat).matches()) return of(sql, new Op.Harmless("PRAGMA", false));
        if (SCHEMACTL_GUARD.matcher(flat).matches()) return of(sql, new Op.Harmless("schemactl guard", false));
        if (CREATE_SCHEMA.matcher(flat).matches()) return of(sql, new Op.Harmless("create schema", true));
        m = IDENTITY.matcher(flat);
        if (m.matches()) return identity(sql, ident(m.group(1)), ident(m.group(2)), m.group(3));
        m = OBJECT_COMMENT.matcher(flat);
        if (m.matches()) return of(sql, new Op.Harmless("comment on " + m.group(1).toLowerCase(Locale.ROOT), true));
        m = TABLE_OPTIONS.matcher(flat);
        if (m.matches()) {
            // only the persistence copies the table; storage parameters, row security and replica identity do not
            Matcher persistence = PERSISTENCE_CLAUSE.matcher(m.group(2));
            return persistence.find()
                    ? of(sql, new Op.TableCopy(schema.tableName(tableKey(m.group(1))), "SET " + clause(persistence.group(1))))
                    : of(sql, new Op.Harmless("table options", true));
        }
        if (engine == EngineKind.MARIADB) {
            Parsed versioning = versioning(sql, flat);
            if (versioning != null) return versioning;
            Parsed period = period(sql, flat);
            if (period != null) return period;
            // a column kept out of a table's history: says nothing a rule reads, and JSqlParser does not take it
            if (flat.regionMatches(true, 0, "ALTER TABLE", 0, 11) || flat.regionMatches(true, 0, "CREATE TABLE", 0, 12)) {
                flat = UNVERSIONED_COLUMN.matcher(flat).replaceAll("");
            }
        }
        if (USING_INDEX.matcher(flat).matches()) {
            // attaches an index built before (typically CONCURRENTLY) as the constraint: no scan, no build
            return of(sql, new Op.Harmless("constraint from an existing index", true));
        }
        m = OWNED_BY.matcher(flat);
        if (m.matches()) return sequenceOwner(sql, m);
        // NO INHERIT of a check (PostgreSQL), which JSqlParser does not take: remembered and put back on the check below
        Set<String> noInherit = new HashSet<>();
        if (flat.regionMatches(true, 0, "ALTER TABLE", 0, 11) || flat.regionMatches(true, 0, "CREATE TABLE", 0, 12)) {
            flat = withoutNoInherit(flat, noInherit);
        }
        // CONCURRENTLY: JSqlParser 5.3 cannot parse it; remember it and parse the rest
        boolean concurrently = false;
        m = CONCURRENTLY.matcher(flat);
        if (m.find()) {
            concurrently = true;
            flat = m.group(1) + " " + flat.substring(m.end());
        }
        // NOT VALID ends an ADD CONSTRAINT that skips checking the existing rows; JSqlParser does not know it
        boolean notValid = false;
        if (flat.regionMatches(true, 0, "ALTER TABLE", 0, 11)) {
            m = NOT_VALID.matcher(flat);
            if (m.find()) {
                notValid = true;
                flat = flat.substring(0, m.start());
            }
        }
        if ((flat.regionMatches(true, 0, "ALTER TABLE", 0, 11) || flat.regionMatches(true, 0, "CREATE", 0, 6))
                && flat.toUpperCase(Locale.ROOT).contains("REFERENCES")) {
            flat = FK_SET_COLUMNS.matcher(FK_MATCH.matcher(flat).replaceAll("")).replaceAll("$1");
        }
        // MariaDB CREATE FULLTEXT|SPATIAL INDEX: JSqlParser 5.3 cannot parse it; remember the kind and parse the rest
        String indexKind = null;
        m = KEY_KIND_INDEX.matcher(flat);
        if (m.find()) {
            indexKind = m.group(1).toLowerCase(Locale.ROOT);
            flat = "CREATE INDEX " + flat.substring(m.end());
        }
        m = ALTER_INDEX_IGNORED.matcher(flat);
        if (m.matches()) {
            String table = schema.tableName(tableKey(m.group(1)));
            String name = ident(m.group(2));
            Index index = schema.table(table).flatMap(t -> t.indexes().stream().filter(i -> name.equalsIgnoreCase(i.name())).findFirst())
                    .orElse(new Index(name, List.of(), false));
            return of(sql, structural(new Change.SetIndexIgnored(table, index, m.group(3) == null)));
        }
        m = ALTER_INDEX_STATISTICS.matcher(flat);
        if (m.matches()) {
            String qualifier = qualifier(m.group(1));
            Optional<Change.DropIndex> known = schema.dropIndex(null,
                    qualifier != null && otherSchemas.contains(qualifier) ? qualifier : null, ident(m.group(1)));
            int key = Integer.parseInt(m.group(2)) - 1;
            if (known.isEmpty() || key >= known.get().index().columns().size()) {
                return of(sql, new Op.Harmless("statistics target of an index key", true));
            }
            Index before = known.get().index();
            List<Integer> targets = new ArrayList<>(before.keyStatistics());
            targets.set(key, Integer.valueOf(m.group(3)));
            return of(sql, structural(new Change.SetIndexStatistics(known.get().table(), before, before.withKeyStatistics(targets))));
        }
        if (ALTER_INDEX_STORAGE.matcher(flat).matches()) return of(sql, new Op.Harmless("storage parameters of an index", true));
        m = REPARTITION.matcher(flat);
        if (m.matches()) {
            return of(sql, new Op.TableCopy(schema.tableName(tableKey(m.group(1))),
                    m.group(2).toUpperCase(Locale.ROOT).startsWith("REMOVE") ? "REMOVE PARTITIONING" : "PARTITION BY"));
        }
        m = PARTITION_OF.matcher(flat);
        if (m.matches()) {
            // a new partition (PostgreSQL): empty, made by this statement; its columns are its parent's
            String qualifier = qualifier(m.group(1));
            return of(sql, structural(new Change.CreateTable(new Table(ident(m.group(1)), List.of(), null, List.of(), List.of(),
                    List.of(), List.of(), null, qualifier != null && otherSchemas.contains(qualifier) ? qualifier : null))));
        }
        if (flat.regionMatches(true, 0, "CREATE TABLE", 0, 12)) {
            // a child table's INHERITS (parents), which JSqlParser does not take: the table is new all the same
            m = INHERITS.matcher(flat);
            if (m.find()) {
                flat = flat.substring(0, m.start() + 1);
                // a child with no columns of its own (sakila's payment_p2007_01: only a CHECK), which JSqlParser does not take
                Matcher child = CONSTRAINTS_ONLY.matcher(flat);
                if (child.matches()) {
                    String qualifier = qualifier(child.group(1));
                    return of(sql, structural(new Change.CreateTable(new Table(ident(child.group(1)), List.of(), null, List.of(), List.of(),
                            List.of(), List.of(), null, qualifier != null && otherSchemas.contains(qualifier) ? qualifier : null))));
                }
            }
            // MariaDB's PARTITION BY after the table options, which JSqlParser does not take: the table is new all the same
            flat = withoutPartitionClause(flat);
        }
        // DESC parts of a primary key, which JSqlParser does not take: remembered and put back on the key below
        List<String> descendingKeyParts = new ArrayList<>();
        if (flat.regionMatches(true, 0, "CREATE TABLE", 0, 12) || flat.regionMatches(true, 0, "ALTER TABLE", 0, 11)) {
            flat = withoutKeyOrder(flat, descendingKeyParts);
        }
        // a constraint's [NOT] DEFERRABLE [INITIALLY DEFERRED|IMMEDIATE] inside CREATE TABLE, which JSqlParser 5.3 does not
        // take there (musicbrainz: CONSTRAINT medium_uniq UNIQUE (release, position) DEFERRABLE): when a constraint is
        // checked changes nothing the rules read
        if (flat.regionMatches(true, 0, "CREATE TABLE", 0, 12)) flat = withoutDeferrability(flat);
        // a unique key's NULLS [NOT] DISTINCT (PostgreSQL 15), which JSqlParser 5.3 does not take (musicbrainz's
        // release_label_uniq): the key is read as unique all the same, so adding it to rows is still judged as such
        if (flat.regionMatches(true, 0, "CREATE TABLE", 0, 12) || flat.regionMatches(true, 0, "ALTER TABLE", 0, 11)) {
            flat = without(flat, NULLS_DISTINCT, "NULLS");
        }
        // a key's INCLUDE (...), which JSqlParser does not take: remembered and put back on the key below
        List<KeyInclude> keyIncludes = new ArrayList<>();
        if (flat.regionMatches(true, 0, "CREATE TABLE", 0, 12) || flat.regionMatches(true, 0, "ALTER TABLE", 0, 11)) {
            flat = withoutKeyIncludes(flat, keyIncludes);
        }
        if (flat.matches("(?is)^CREATE\\s+(UNIQUE\\s+)?INDEX\\b.*")) flat = indexWithoutTail(flat);
        if (flat.regionMatches(true, 0, "TRUNCATE", 0, 8)) {
            // options JSqlParser 5.3 does not take
            m = TRUNCATE.matcher(flat);
            if (m.matches()) flat = m.group(1);
        }
        // PostgreSQL's sequence data type and persistence (CREATE UNLOGGED SEQUENCE s AS integer, which schemactl writes),
        // which JSqlParser 5.3 does not take
        m = SEQUENCE.matcher(flat);
        if (m.lookingAt()) flat = SEQUENCE_DATA_TYPE.matcher(m.replaceFirst("$1 SEQUENCE")).replaceFirst("");
        m = DROP_TABLES.matcher(flat);
        if (m.matches() && m.group(2).contains(",")) return dropTables(sql, m.group(2), m.group(1) != null);
        if (engine == EngineKind.POSTGRESQL) {
            Change domainChange = alterDomain(flat);
            if (domainChange != null) return of(sql, new Op.Structural(domainChange));
            Change attributeDrop = alterTypeDropAttribute(flat);
            if (attributeDrop != null) return of(sql, new Op.Structural(attributeDrop));
        }
        Matcher empty = EMPTY_MATERIALIZED_VIEW.matcher(flat);
        if (empty.matches()) return of(sql, new Op.Harmless("create materialized view", true, schema.tableName(tableKey(empty.group(1)))));
        if (HARMLESS_DDL.matcher(flat).matches() && !flat.toUpperCase(Locale.ROOT).startsWith("CREATE SEQUENCE")
                && !flat.toUpperCase(Locale.ROOT).startsWith("ALTER SEQUENCE")) {
            return of(sql, new Op.Harmless(flat.split(" ")[0].toLowerCase(Locale.ROOT) + " " + flat.split(" ")[1].toLowerCase(Locale.ROOT), true));
        }
        Set<String> foreignKeys = new HashSet<>();
        List<String> options = new ArrayList<>();
        Map<String, String> usings = new java.util.LinkedHashMap<>();
        boolean unnamedCheck = false;
        if (flat.regionMatches(true, 0, "ALTER TABLE", 0, 11)) {
            flat = flat.replaceFirst("(?i)^ALTER\\s+TABLE\\s+ONLY\\s+", "ALTER TABLE ");
            // H2 / SQL standard spellings JSqlParser does not parse
            flat = flat.replaceAll("(?i)\\bSET\\s+DATA\\s+TYPE\\b", "TYPE");
            flat = flat.replaceAll("(?i)\\bALTER\\s+(?:COLUMN\\s+)?([`\"]?[\\w$]+[`\"]?)\\s+RENAME\\s+TO\\s+", "RENAME COLUMN $1 TO ");
            // MariaDB: DROP FOREIGN KEY x [, DROP INDEX [IF EXISTS] x] → DROP CONSTRAINT x (remembered as a foreign key)
            m = DROP_FOREIGN_KEY.matcher(flat);
            StringBuilder rewritten = new StringBuilder();
            while (m.find()) {
                foreignKeys.add(ident(m.group(2)).toLowerCase(Locale.ROOT));
                m.appendReplacement(rewritten, Matcher.quoteReplacement("DROP CONSTRAINT " + (m.group(1) == null ? "" : "IF EXISTS ") + m.group(2)));
            }
            m.appendTail(rewritten);
            flat = rewritten.toString();
            m = DROP_INDEX_CLAUSE.matcher(flat);
            rewritten = new StringBuilder();
            while (m.find()) {
                String name = ident(m.group(2)).toLowerCase(Locale.ROOT);
                // the index InnoDB made for a foreign key dropped in the same statement goes with it
                String replacement = foreignKeys.contains(name) ? ""
                        : (m.group().trim().startsWith(",") ? ", " : " ") + "DROP CONSTRAINT " + (m.group(1) == null ? "" : "IF EXISTS ") + m.group(2);
                m.appendReplacement(rewritten, Matcher.quoteReplacement(replacement));
            }
            m.appendTail(rewritten);
            flat = rewritten.toString();
            m = ALTER_OPTION.matcher(flat);
            rewritten = new StringBuilder();
            while (m.find()) {
                options.add(m.group(1).toUpperCase(Locale.ROOT) + "=" + m.group(2).toUpperCase(Locale.ROOT));
                m.appendReplacement(rewritten, m.group().trim().startsWith(",") && m.group().trim().endsWith(",") && m.group().trim().length() > 1 ? ", " : " ");
            }
            m.appendTail(rewritten);
            flat = rewritten.toString().trim().replaceAll(",\\s*$", "").replaceAll("\\s+,", ",");
            if (!options.isEmpty() && flat.matches("(?is)^ALTER\\s+TABLE\\s+\\S+$")) {
                return new Parsed(sql, tableCopy(ident(flat.split("\\s+")[2]), options), false, false);
            }
            flat = withoutUsing(flat, usings);
            if (flat.matches("(?is).*\\bADD\\s+CHECK\\s*\\(.*")) {
                // JSqlParser needs a name: give a placeholder and forget it below
                unnamedCheck = true;
                flat = flat.replaceFirst("(?i)\\bADD\\s+CHECK\\s*\\(", "ADD CONSTRAINT schemactl_unnamed_check CHECK (");
            }
        }
        // an expression's COLLATE (an index key's, a CHECK's, an index predicate's), which JSqlParser 5.3 does not take
        // (musicbrainz: CREATE INDEX ... (name COLLATE musicbrainz."musicbrainz")): a collation chooses an order, nothing
        // the rules read; a column definition's COLLATE, which it does take, stays
        flat = withoutExpressionCollations(flat);
        // JSqlParser 5.3 rejects nextval('seq') in a column definition but reads nextval('seq'::regclass), the same call
        // and an old pg_dump's nextval(('seq'::text)::regclass) (roundcube's schema) as nextval('seq'::regclass)
        if (engine == EngineKind.POSTGRESQL) {
            flat = TEXT_NEXTVAL.matcher(flat).replaceAll("nextval($1::regclass)");
            flat = UNCAST_NEXTVAL.matcher(flat).replaceAll("nextval($1::regclass)");
        }
        Statement parsed;
        try {
            parsed = JSqlParsing.parse(flat);
        } catch (JSQLParserException | RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            parsed = retryWithQuotedColumns(flat);
            if (parsed == null) return of(sql, new Op.Unknown("JSqlParser: " + firstLine(cause.getMessage())));
        }
        List<Op> ops = new ArrayList<>(ops(parsed, foreignKeys, unnamedCheck));
        if (!descendingKeyParts.isEmpty()) ops.replaceAll(op -> withDescendingKeyParts(op, descendingKeyParts));
        if (!keyIncludes.isEmpty()) ops.replaceAll(op -> withKeyIncludes(op, keyIncludes));
        if (!noInherit.isEmpty()) ops.replaceAll(op -> withNoInherit(op, noInherit));
        if (indexKind != null && ops.size() == 1 && ops.get(0) instanceof Op.Structural st && st.change() instanceof Change.CreateIndex ci) {
            Index i = ci.index();
            ops.set(0, structural(new Change.CreateIndex(ci.table(), new Index(i.name(), i.columns(), false, indexKind, null, List.of()))));
        }
        if (!options.isEmpty() && parsed instanceof Alter alter) ops.addAll(tableCopy(tableName(alter.getTable()), options));
        if (!usings.isEmpty() && parsed instanceof Alter alter) {
            // a conversion that reads the column keeps its values (the type rules judge it); one that does not replaces them
            String table = schema.tableName(tableName(alter.getTable()));
            usings.forEach((column, expression) -> {
                if (!references(expression, column)) {
                    String name = schema.column(table, column).map(Column::name).orElse(column);
                    ops.add(new Op.Conversion(table, name, expression, false));
                }
            });
        }
        return new Parsed(sql, ops, concurrently, notValid);
    }

    private static final Pattern COLLATE_CLAUSE = Pattern.compile(
            "(?i)^\\s+COLLATE\\s+(?:\"(?:[^\"]|\"\")*\"|`[^`]*`|[A-Za-z_][\\w$]*)(?:\\s*\\.\\s*(?:\"(?:[^\"]|\"\")*\"|`[^`]*`|[A-Za-z_][\\w$]*))?");

    /**
     * The statement without the COLLATE clauses of its expressions: every one of a CREATE INDEX (its keys and predicate;
     * an index has no column definitions) and those inside a CHECK (...) of a table. Quoted text is left as it is.
     */
    static String withoutExpressionCollations(String flat) {
        if (!flat.toUpperCase(Locale.ROOT).contains("COLLATE")) return flat;
        boolean index = flat.matches("(?is)^CREATE\\s+(?:UNIQUE\\s+)?INDEX\\b.*");
        StringBuilder out = new StringBuilder();
        int checkDepth = -1;
        int depth = 0;
        int i = 0;
        while (i < flat.length()) {
            char c = flat.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                int end = dev.schemactl.engine.SqlText.endOfQuoted(flat, i, false);
                out.append(flat, i, end);
                i = end;
                continue;
            }
            if (c == '(') {
                if (checkDepth < 0 && endsWithCheck(out)) checkDepth = depth;
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == checkDepth) checkDepth = -1;
            }
            if (Character.isWhitespace(c) && (index || checkDepth >= 0)) {
                Matcher m = COLLATE_CLAUSE.matcher(flat).region(i, flat.length());
                if (m.lookingAt()) {
                    i = m.end();
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static final Pattern DEFERRABILITY = Pattern.compile(
            "(?i)^\\s+(?:(?:NOT\\s+)?DEFERRABLE|INITIALLY\\s+(?:DEFERRED|IMMEDIATE))(?![\\w$])");

    private static final Pattern NULLS_DISTINCT = Pattern.compile("(?i)^\\s+NULLS\\s+(?:NOT\\s+)?DISTINCT(?![\\w$])");

    /** The statement without its constraints' deferrability clauses; quoted text is left as it is. */
    static String withoutDeferrability(String flat) {
        String upper = flat.toUpperCase(Locale.ROOT);
        if (!upper.contains("DEFERRABLE") && !upper.contains("INITIALLY")) return flat;
        return without(flat, DEFERRABILITY, null);
    }

    /** The statement without the clauses {@code clause} matches after a space (when it holds {@code word}); quoted text is left as it is. */
    private static String without(String flat, Pattern clause, String word) {
        if (word != null && !flat.toUpperCase(Locale.ROOT).contains(word)) return flat;
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < flat.length()) {
            char c = flat.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                int end = dev.schemactl.engine.SqlText.endOfQuoted(flat, i, false);
                out.append(flat, i, end);
                i = end;
                continue;
            }
            if (Character.isWhitespace(c)) {
                Matcher m = clause.matcher(flat).region(i, flat.length());
                if (m.lookingAt()) {
                    i = m.end();
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static boolean endsWithCheck(CharSequence text) {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
        return end >= 5 && text.subSequence(end - 5, end).toString().equalsIgnoreCase("CHECK")
                && (end == 5 || !Character.isLetterOrDigit(text.charAt(end - 6)) && text.charAt(end - 6) != '_');
    }

    /** The CREATE TABLE without a PARTITION BY clause after its column list (unchanged when it has none). */
    static String withoutPartitionClause(String flat) {
        int depth = 0;
        boolean closed = false;
        char quote = 0;
        for (int i = 0; i < flat.length(); i++) {
            char ch = flat.charAt(i);
            if (quote != 0) {
                if (ch == quote) quote = 0;
                continue;
            }
            if (ch == '\'' || ch == '`' || ch == '"') quote = ch;
            else if (ch == '(') depth++;
            else if (ch == ')' && --depth == 0) closed = true;
            else if (closed && depth == 0 && flat.regionMatches(true, i, "PARTITION", 0, 9)
                    && Character.isWhitespace(flat.charAt(i - 1)) && flat.substring(i).matches("(?is)^PARTITION\\s+BY\\b.*")) {
                return flat.substring(0, i).strip();
            }
        }
        return flat;
    }

    /** The statement with ASC/DESC taken out of its PRIMARY KEY column lists; the DESC columns go to {@code descending}. */
    private String withoutKeyOrder(String flat, List<String> descending) {
        Matcher m = PRIMARY_KEY_COLUMNS.matcher(flat);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            List<String> parts = new ArrayList<>();
            for (String part : m.group(1).split(",")) {
                String p = part.strip();
                Matcher order = Pattern.compile("(?is)^(.*?)\\s+(ASC|DESC)$").matcher(p);
                if (order.matches()) {
                    p = order.group(1);
                    if (order.group(2).equalsIgnoreCase("DESC")) descending.add(ident(p));
                }
                parts.add(p);
            }
            m.appendReplacement(out, Matcher.quoteReplacement("PRIMARY KEY (" + String.join(", ", parts) + ")"));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The INCLUDE (...) of a primary key ({@code primary}) or unique constraint over {@code columns}. */
    private record KeyInclude(boolean primary, List<String> columns, List<String> include) {
    }

    /** The statement without its keys' INCLUDE (...) clauses, which go to {@code includes}. */
    private String withoutKeyIncludes(String flat, List<KeyInclude> includes) {
        Matcher m = KEY_INCLUDE.matcher(flat);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            includes.add(new KeyInclude(m.group(1).toUpperCase(Locale.ROOT).startsWith("PRIMARY"), identList(m.group(2)),
                    identList(m.group(3))));
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private List<String> identList(String list) {
        return java.util.Arrays.stream(list.split(",")).map(String::strip).filter(c -> !c.isEmpty()).map(this::ident).toList();
    }

    /** A parsed key (added, or of a created table) with the INCLUDE columns {@link #withoutKeyIncludes} took out. */
    private static Op withKeyIncludes(Op op, List<KeyInclude> includes) {
        if (!(op instanceof Op.Structural st)) return op;
        if (st.change() instanceof Change.AddPrimaryKey a) {
            return structural(new Change.AddPrimaryKey(a.table(), a.primaryKey().withInclude(included(includes, true, a.primaryKey().columns()))));
        }
        if (st.change() instanceof Change.AddUnique a) {
            return structural(new Change.AddUnique(a.table(), a.unique().withInclude(included(includes, false, a.unique().columns()))));
        }
        if (st.change() instanceof Change.CreateTable c) {
            Table t = c.definition();
            if (t.primaryKey() != null) t = t.withPrimaryKey(t.primaryKey().withInclude(included(includes, true, t.primaryKey().columns())));
            t = t.withUniques(t.uniques().stream().map(u -> u.withInclude(included(includes, false, u.columns()))).toList());
            return structural(new Change.CreateTable(t));
        }
        return op;
    }

    private static List<String> included(List<KeyInclude> includes, boolean primary, List<String> columns) {
        return includes.stream().filter(k -> k.primary() == primary && k.columns().equals(columns)).findFirst()
                .map(KeyInclude::include).orElse(List.of());
    }

    /** A parsed primary key (added, or of a created table) with the DESC parts {@link #withoutKeyOrder} took out. */
    private static Op withDescendingKeyParts(Op op, List<String> descending) {
        if (!(op instanceof Op.Structural st)) return op;
        if (st.change() instanceof Change.AddPrimaryKey a) {
            PrimaryKey pk = a.primaryKey();
            return structural(new Change.AddPrimaryKey(a.table(), new PrimaryKey(pk.name(), pk.columns(), descending)));
        }
        if (st.change() instanceof Change.CreateTable c && c.definition().primaryKey() != null) {
            PrimaryKey pk = c.definition().primaryKey();
            return structural(new Change.CreateTable(c.definition().withPrimaryKey(new PrimaryKey(pk.name(), pk.columns(), descending))));
        }
        return op;
    }

    /**
     * Cuts the {@code USING expression} of each {@code ALTER [COLUMN] c [SET DATA] TYPE t USING expression} clause out
     * of an ALTER TABLE (JSqlParser 5.3 fails on many expressions there) and records it by column.
     */
    private String withoutUsing(String flat, Map<String, String> usings) {
        StringBuilder out = new StringBuilder();
        int clauseStart = 0;
        int depth = 0;
        int i = 0;
        int n = flat.length();
        while (i < n) {
            char c = flat.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                int end = flat.indexOf(c, i + 1);
                end = end < 0 ? n : end + 1;
                out.append(flat, i, end);
                i = end;
                continue;
            }
            if (c == '(') depth++;
            if (c == ')') depth--;
            if (c == ',' && depth == 0) clauseStart = out.length() + 1;
            if (depth == 0 && (i == 0 || Character.isWhitespace(flat.charAt(i - 1))) && flat.regionMatches(true, i, "USING", 0, 5)
                    && (i + 5 == n || Character.isWhitespace(flat.charAt(i + 5)))) {
                Matcher m = Pattern.compile("(?i)\\bALTER\\s+(?:COLUMN\\s+)?([`\"]?[\\w$]+[`\"]?)\\s+(?:SET\\s+DATA\\s+)?TYPE\\b")
                        .matcher(out.substring(Math.min(clauseStart, out.length())));
                if (m.find()) {
                    int end = i + 5;
                    int d = 0;
                    while (end < n) {
                        char e = flat.charAt(end);
                        if (e == '\'') {
                            int close = flat.indexOf('\'', end + 1);
                            end = close < 0 ? n : close + 1;
                            continue;
                        }
                        if (e == '(') d++;
                        if (e == ')') d--;
                        if (e == ',' && d == 0) break;
                        end++;
                    }
                    usings.put(ident(m.group(1)), flat.substring(i + 5, end).trim());
                    i = end;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString().replaceAll("\\s+,", ",").trim();
    }

    /** TableCopy ops for ALGORITHM=COPY and LOCK=SHARED/EXCLUSIVE (other options change nothing the rules see; ENGINE= is read with the ALTER). */
    private List<Op> tableCopy(String table, List<String> options) {
        List<Op> out = new ArrayList<>();
        for (String o : options) {
            if (o.equals("ALGORITHM=COPY") || o.equals("LOCK=SHARED") || o.equals("LOCK=EXCLUSIVE")) {
                out.add(new Op.TableCopy(schema.tableName(table), o));
            }
        }
        if (out.isEmpty()) out.add(new Op.Harmless("table option", true));
        return out;
    }

    /**
     * JSqlParser takes some column names for keywords ({@code ALTER TABLE recipe ADD COLUMN public boolean}): an ALTER
     * TABLE it cannot parse is tried once more with the names after ADD/DROP/ALTER/MODIFY/CHANGE/RENAME [COLUMN]
     * quoted, so its shape is still read. Null when that fails too.
     */
    private Statement retryWithQuotedColumns(String flat) {
        String quote = engine == EngineKind.MARIADB ? "`" : "\"";
        if (CREATE_TABLE_OR_INDEX.matcher(flat).find()) {
            String retried = withQuotedElements(flat, quote, flat.toUpperCase(Locale.ROOT).contains(" INDEX "));
            if (retried == null) return null;
            try {
                return CCJSqlParserUtil.parse(retried);
            } catch (JSQLParserException | RuntimeException e) {
                return null;
            }
        }
        if (!flat.regionMatches(true, 0, "ALTER TABLE", 0, 11)) return null;
        Matcher m = COLUMN_AFTER.matcher(flat);
        StringBuilder out = new StringBuilder();
        boolean changed = false;
        while (m.find()) {
            String word = m.group(4);
            if (NOT_A_COLUMN.contains(word.toUpperCase(Locale.ROOT))) continue;
            changed = true;
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + (m.group(2) == null ? "" : m.group(2))
                    + (m.group(3) == null ? "" : m.group(3)) + " " + quote + word.toLowerCase(Locale.ROOT) + quote));
        }
        m.appendTail(out);
        // an index's name JSqlParser takes for a keyword (MariaDB: ALTER TABLE t DROP INDEX ur; UR is an isolation level)
        String named = quoted(quoted(out.toString(), INDEX_NAME_AFTER, quote), RENAMED_TO, quote);
        changed |= !named.equals(out.toString());
        if (!changed) return null;
        try {
            return CCJSqlParserUtil.parse(named);
        } catch (JSQLParserException | RuntimeException e) {
            return null;
        }
    }

    /** {@code sql} with the name of group 2 of each match of {@code pattern} quoted as written (unless a word of NOT_A_COLUMN). */
    private static String quoted(String sql, Pattern pattern, String quote) {
        Matcher m = pattern.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            if (NOT_A_COLUMN.contains(m.group(2).toUpperCase(Locale.ROOT))) continue;
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + quote + m.group(2) + quote));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static final Pattern INDEX_NAME_AFTER = Pattern.compile("(?i)(\\b(?:DROP|RENAME|ADD(?:\\s+(?:UNIQUE|FULLTEXT|SPATIAL))?)"
            + "\\s+(?:INDEX|KEY|CONSTRAINT)(?:\\s+IF\\s+(?:NOT\\s+)?EXISTS)?\\s+)([A-Za-z_][\\w$]*)\\b");
    private static final Pattern RENAMED_TO = Pattern.compile("(?i)(\\bRENAME\\s+(?:INDEX|KEY)\\s+\\S+\\s+TO\\s+)([A-Za-z_][\\w$]*)\\b");

    private static final Pattern CREATE_TABLE_OR_INDEX = Pattern.compile(
            "(?i)^CREATE\\s+(?:(?:UNLOGGED|TEMPORARY|TEMP)\\s+)?TABLE\\b|^CREATE\\s+(?:UNIQUE\\s+)?INDEX\\b");
    private static final Set<String> NOT_A_TABLE_COLUMN = Set.of("CONSTRAINT", "PRIMARY", "UNIQUE", "FOREIGN", "CHECK", "INDEX",
            "KEY", "FULLTEXT", "SPATIAL", "EXCLUDE", "LIKE", "PERIOD");

    /**
     * The statement's first parenthesized list with each element's leading name quoted (CREATE TABLE: a column named
     * like a keyword, {@code output text}, as icinga2's IDO schema has) or, for an index, each parenthesized expression
     * key written as one quoted name ({@code ((lower(username)))} reads like {@code (lower(username))}); null when
     * nothing changed.
     */
    private String withQuotedElements(String flat, String quote, boolean index) {
        int open = flat.indexOf('(');
        int close = open < 0 ? -1 : dev.schemactl.engine.SqlText.matchingParen(flat, open);
        if (close < 0) return null;
        List<String> elements = new ArrayList<>();
        int depth = 0;
        int start = open + 1;
        for (int i = open + 1; i < close; i++) {
            char c = flat.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                i = dev.schemactl.engine.SqlText.endOfQuoted(flat, i, false) - 1;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                elements.add(flat.substring(start, i));
                start = i + 1;
            }
        }
        elements.add(flat.substring(start, close));
        boolean changed = false;
        List<String> out = new ArrayList<>();
        for (String element : elements) {
            String e = element.strip();
            if (index && e.startsWith("(")) {
                int end = dev.schemactl.engine.SqlText.matchingParen(e, 0);
                String expression = dev.schemactl.engine.SqlText.stripEnclosingParens(e.substring(0, end + 1));
                e = quote + expression.replace(quote, quote + quote) + quote + e.substring(end + 1);
                changed = true;
            } else if (index) {
                Matcher word = Pattern.compile("^([A-Za-z_][\\w$]*)((?:\\s.*)?)$", Pattern.DOTALL).matcher(e);
                if (word.matches()) {
                    e = quote + (engine == EngineKind.MARIADB ? word.group(1) : word.group(1).toLowerCase(Locale.ROOT)) + quote + word.group(2);
                    changed = true;
                }
            } else {
                Matcher word = Pattern.compile("^([A-Za-z_][\\w$]*)(\\s.*)$", Pattern.DOTALL).matcher(e);
                if (word.matches() && !NOT_A_TABLE_COLUMN.contains(word.group(1).toUpperCase(Locale.ROOT))) {
                    String name = engine == EngineKind.MARIADB ? word.group(1) : word.group(1).toLowerCase(Locale.ROOT);
                    e = quote + name + quote + parenthesizedDefault(word.group(2));
                    changed = true;
                }
            }
            out.add(e);
        }
        return changed ? flat.substring(0, open + 1) + String.join(", ", out) + flat.substring(close) : null;
    }

    /**
     * A column definition's DEFAULT call in parentheses: JSqlParser reads {@code DEFAULT (f(array['a']))} but not
     * {@code DEFAULT f(array['a'])} (davical's relationship_type).
     */
    private static String parenthesizedDefault(String definition) {
        Matcher m = DEFAULT_CALL.matcher(definition);
        if (!m.find()) return definition;
        int open = m.end() - 1;
        int close = dev.schemactl.engine.SqlText.matchingParen(definition, open);
        if (close < 0) return definition;
        return definition.substring(0, m.start(1)) + "(" + definition.substring(m.start(1), close + 1) + ")" + definition.substring(close + 1);
    }

    private static final Pattern DEFAULT_CALL = Pattern.compile("(?i)\\bDEFAULT\\s+([\\w$.]+\\s*\\()");

    /**
     * CREATE INDEX without what JSqlParser 5.3 does not parse and the rules do not need: a partial index's WHERE, a
     * covering index's INCLUDE (...), storage parameters WITH (...) and TABLESPACE — cut at the first of them outside
     * parentheses after the column list.
     */
    static String indexWithoutTail(String statement) {
        int depth = 0;
        boolean seenColumns = false;
        for (int i = 0; i < statement.length(); i++) {
            char c = statement.charAt(i);
            if (c == '\'') {
                int end = statement.indexOf('\'', i + 1);
                i = end < 0 ? statement.length() : end;
                continue;
            }
            if (c == '(') depth++;
            if (c == ')') {
                depth--;
                if (depth == 0) seenColumns = true;
            }
            if (depth == 0 && seenColumns && Character.isWhitespace(c)
                    && statement.substring(i + 1).matches("(?is)^(WHERE|INCLUDE|WITH|TABLESPACE|NULLS)\\b.*")) {
                return statement.substring(0, i);
            }
        }
        return statement;
    }

    /**
     * {@code CREATE|ALTER SEQUENCE ... OWNED BY t.c | NONE}: a {@link Change.SetSequenceOwner} (from the live sequence's
     * owner), after what the rest of the statement does.
     */
    private Parsed sequenceOwner(String sql, Matcher m) {
        String name = ident(m.group(2));
        String options = (m.group(3) + (m.group(7) == null ? "" : m.group(7))).trim();
        SequenceOwner after = m.group(5) == null ? null : new SequenceOwner(schema.table(tableKey(m.group(5))).map(Table::name).orElse(ident(m.group(5))), ident(m.group(6)));
        boolean create = m.group(1).regionMatches(true, 0, "CREATE", 0, 6);
        List<Op> ops = new ArrayList<>();
        if (create || !options.isEmpty()) ops.addAll(classify(m.group(1) + m.group(2) + (options.isEmpty() ? "" : " " + options)).ops());
        // billing.invoice_no is billing's sequence, not the default schema's of that name; a qualifier that names no
        // other managed schema (public, the default one) is the default schema
        String qualifier = qualifier(m.group(2));
        String schemaOf = qualifier != null && otherSchemas.contains(qualifier) ? qualifier : null;
        Sequence live = create ? null : sequences.get(List.of(Objects.toString(schemaOf, ""), name));
        Sequence sequence = live != null ? live.withOwner(null)
                : new Sequence(schemaOf, name, 1, 1, null, null, null, false, null, null);
        ops.add(structural(new Change.SetSequenceOwner(sequence, live == null ? null : live.owner(), after)));
        return new Parsed(sql, ops, false, false);
    }

    /** The statement without the NO INHERIT of its checks; the normalized expressions of those checks go to {@code into}. */
    private static String withoutNoInherit(String flat, Set<String> into) {
        String out = flat;
        Matcher m = CHECK_OPEN.matcher(out);
        int from = 0;
        while (m.find(from)) {
            int open = m.end() - 1;
            int close = dev.schemactl.engine.SqlText.matchingParen(out, open);
            if (close < 0) break;
            Matcher tail = NO_INHERIT.matcher(out.substring(close + 1));
            if (tail.find()) {
                into.add(Objects.toString(Expressions.normalize(out.substring(open + 1, close)), ""));
                out = out.substring(0, close + 1) + (tail.group(1) == null ? "" : tail.group(1)) + out.substring(close + 1 + tail.end());
                m = CHECK_OPEN.matcher(out);
            }
            from = close + 1;
        }
        return out;
    }

    /** The op with NO INHERIT put back on the checks whose normalized expression is in {@code noInherit}. */
    private static Op withNoInherit(Op op, Set<String> noInherit) {
        java.util.function.UnaryOperator<CheckConstraint> mark = c ->
                noInherit.contains(Objects.toString(Expressions.normalize(c.expression()), "")) ? c.withNoInherit(true) : c;
        if (op instanceof Op.Structural s && s.change() instanceof Change.AddCheck a) {
            return structural(new Change.AddCheck(a.table(), mark.apply(a.check())));
        }
        if (op instanceof Op.Structural s && s.change() instanceof Change.CreateTable c) {
            return structural(new Change.CreateTable(c.definition().withChecks(c.definition().checks().stream().map(mark).toList())));
        }
        return op;
    }

    private static Parsed of(String sql, Op op) {
        return new Parsed(sql, List.of(op), false, false);
    }

    private List<Op> ops(Statement parsed, Set<String> foreignKeys, boolean unnamedCheck) {
        if (parsed instanceof CreateTable ct) return createTable(ct);
        if (parsed instanceof Alter alter) return alter(alter, foreignKeys, unnamedCheck);
        if (parsed instanceof CreateIndex ci) return List.of(structural(createIndex(ci)));
        if (parsed instanceof Drop drop) return drop(drop);
        if (parsed instanceof Truncate t) {
            List<Op> out = new ArrayList<>();
            List<net.sf.jsqlparser.schema.Table> tables = t.getTables() != null && !t.getTables().isEmpty() ? t.getTables() : List.of(t.getTable());
            for (net.sf.jsqlparser.schema.Table table : tables) out.add(new Op.Truncate(tableName(table)));
            return out;
        }
        if (parsed instanceof Delete d) return withCtes(d.getWithItemsList(), delete(d));
        if (parsed instanceof Insert i) return withCtes(i.getWithItemsList(), List.of(new Op.DataChange(tableName(i.getTable()), "INSERT")));
        if (parsed instanceof Update u) return withCtes(u.getWithItemsList(), update(u));
        if (parsed instanceof Merge mg) return List.of(merge(mg));
        if (parsed instanceof Upsert up) return List.of(new Op.DataChange(tableName(up.getTable()), "UPSERT"));
        if (parsed instanceof Select sel) return withCtes(sel.getWithItemsList(), List.of(new Op.Harmless("SELECT", false)));
        if (parsed instanceof Execute x) return List.of(new Op.Opaque(x.getExecType() + " " + x.getName()
                + ": what it runs cannot be read from the call"));
        if (parsed instanceof Comment) return List.of(new Op.Harmless("COMMENT", false));
        if (parsed instanceof Grant) return List.of(new Op.Harmless("GRANT", false));
        if (parsed instanceof CreateSequence || parsed instanceof AlterSequence) return List.of(new Op.Harmless("sequence", true));
        if (parsed instanceof CreateView) return List.of(new Op.Harmless("view", true));
        if (parsed instanceof Commit || parsed instanceof RollbackStatement) return List.of(new Op.TransactionControl(false));
        if (parsed instanceof SetStatement s) {
            String name = String.valueOf(s.getName()).toLowerCase(Locale.ROOT);
            return List.of(name.contains("lock_timeout") || name.contains("lock_wait_timeout")
                    ? new Op.SetLockTimeout(String.valueOf(s.getExpressions())) : new Op.Harmless("SET", false));
        }
        if (parsed instanceof RenameTableStatement r) {
            List<Op> out = new ArrayList<>();
            for (Map.Entry<net.sf.jsqlparser.schema.Table, net.sf.jsqlparser.schema.Table> e : r.getTableNames()) {
                out.add(structural(new Change.RenameTable(tableName(e.getKey()), tableName(e.getValue()))));
            }
            return out;
        }
        if (parsed instanceof UnsupportedStatement) return List.of(new Op.Unknown("JSqlParser does not support this statement"));
        return List.of(new Op.Unknown(parsed.getClass().getSimpleName() + " statements are not classified"));
    }

    // ------------------------------------------------------------------ DML

    /**
     * The ops of data-modifying CTEs ({@code WITH d AS (DELETE ...) SELECT ...}) before the statement's own; a CTE that
     * only reads adds nothing, and a plain statement keeps its own ops.
     */
    private List<Op> withCtes(List<WithItem<?>> items, List<Op> own) {
        if (items == null || items.isEmpty()) return own;
        List<Op> out = new ArrayList<>();
        for (WithItem<?> w : items) {
            Object inner = w.getParenthesedStatement();
            if (inner instanceof ParenthesedDelete pd) out.addAll(delete(pd.getDelete()));
            else if (inner instanceof ParenthesedUpdate pu) out.addAll(update(pu.getUpdate()));
            else if (inner instanceof ParenthesedInsert pi) out.add(new Op.DataChange(tableName(pi.getInsert().getTable()), "INSERT"));
        }
        if (out.isEmpty()) return own;
        boolean ownHarmless = own.stream().allMatch(o -> o instanceof Op.Harmless);
        if (!ownHarmless) out.addAll(own);
        return out;
    }

    private List<Op> delete(Delete d) {
        String table = d.getTable() == null ? null : tableName(d.getTable());
        Op.Reach reach = RowReach.of(d.getWhere(), schema.table(table), this::ident);
        if (reach == null) return List.of(new Op.DataChange(table, "DELETE"));
        boolean joins = (d.getJoins() != null && !d.getJoins().isEmpty()) || d.getLimit() != null
                || (d.getUsingList() != null && !d.getUsingList().isEmpty());
        String where = d.getWhere() == null ? null : String.valueOf(d.getWhere());
        if (joins) return List.of(new Op.RowChange(table, "DELETE", Op.Reach.NOT_BY_KEY, List.of(), false, where));
        if (reach == Op.Reach.EVERY_ROW) return List.of(new Op.DeleteAll(table, "DELETE without WHERE"));
        if (reach == Op.Reach.ALWAYS_TRUE) return List.of(new Op.DeleteAll(table, "DELETE whose WHERE is always true (" + where + ")"));
        return List.of(new Op.RowChange(table, "DELETE", reach, List.of(), false, where));
    }

    private List<Op> update(Update u) {
        String table = u.getTable() == null ? null : tableName(u.getTable());
        List<String> columns = new ArrayList<>();
        if (u.getUpdateSets() != null) {
            for (var set : u.getUpdateSets()) {
                if (set.getColumns() != null) set.getColumns().forEach(c -> columns.add(ident(c.getColumnName())));
            }
        }
        Op.Reach reach = RowReach.of(u.getWhere(), schema.table(table), this::ident);
        if (reach == null) return List.of(new Op.DataChange(table, "UPDATE"));
        boolean joins = (u.getJoins() != null && !u.getJoins().isEmpty()) || u.getFromItem() != null || u.getLimit() != null;
        if (joins && reach != Op.Reach.NOT_BY_KEY) reach = Op.Reach.NOT_BY_KEY;
        return List.of(new Op.RowChange(table, "UPDATE", reach, columns, RowReach.onlyNull(u.getWhere(), columns, this::ident),
                u.getWhere() == null ? null : String.valueOf(u.getWhere())));
    }

    /** MERGE: WHEN MATCHED ... THEN DELETE / UPDATE reach every row the ON condition matches; inserts only add. */
    private Op merge(Merge mg) {
        String table = tableName(mg.getTable());
        String text = String.valueOf(mg).replaceAll("\\s+", " ");
        Matcher m = Pattern.compile("(?i)\\bWHEN MATCHED\\b.*?\\bTHEN (DELETE|UPDATE)\\b").matcher(text);
        if (!m.find()) return new Op.DataChange(table, "MERGE");
        boolean delete = Pattern.compile("(?i)\\bWHEN MATCHED\\b.*?\\bTHEN DELETE\\b").matcher(text).find();
        return new Op.RowChange(table, delete ? "MERGE ... DELETE" : "MERGE ... UPDATE", Op.Reach.NOT_BY_KEY, List.of(), false,
                mg.getOnCondition() == null ? null : "ON " + mg.getOnCondition());
    }

    // ------------------------------------------------------------------ CREATE TABLE

    private List<Op> createTable(CreateTable ct) {
        String name = tableName(ct.getTable());
        if (ct.isIfNotExists() && schema.table(name).isPresent()) return List.of(new Op.Harmless("create table if not exists", true));
        List<Column> columns = new ArrayList<>();
        PrimaryKey pk = null;
        List<UniqueConstraint> uniques = new ArrayList<>();
        List<Index> indexes = new ArrayList<>();
        List<ForeignKey> fks = new ArrayList<>();
        List<CheckConstraint> checks = new ArrayList<>();
        if (ct.getColumnDefinitions() != null) {
            for (ColumnDefinition def : ct.getColumnDefinitions()) {
                ColumnSpec spec = columnSpec(ident(def.getColumnName()), def.getColDataType(), def.getColumnSpecs());
                columns.add(spec.column());
                if (spec.primaryKey()) pk = new PrimaryKey(null, List.of(spec.column().name()));
                if (spec.unique()) uniques.add(new UniqueConstraint(null, List.of(spec.column().name())));
                if (spec.foreignKey() != null) fks.add(spec.foreignKey());
                if (spec.check() != null) checks.add(spec.check());
            }
        }
        if (ct.getIndexes() != null) {
            for (net.sf.jsqlparser.statement.create.table.Index i : ct.getIndexes()) {
                Change c = constraint(name, i, false);
                if (c instanceof Change.AddPrimaryKey a) pk = a.primaryKey();
                else if (c instanceof Change.AddUnique a) uniques.add(a.unique());
                else if (c instanceof Change.AddForeignKey a) fks.add(a.foreignKey());
                else if (c instanceof Change.AddCheck a) checks.add(a.check());
                else if (c instanceof Change.CreateIndex a) indexes.add(a.index());
            }
        }
        if (pk != null) {
            List<String> keys = pk.columns();
            columns = columns.stream().map(c -> keys.stream().anyMatch(k -> k.equalsIgnoreCase(c.name())) ? c.withNullable(false) : c).toList();
        }
        String qualifier = qualifier(ct.getTable().getFullyQualifiedName());
        String tableSchema = qualifier != null && otherSchemas.contains(qualifier) ? qualifier : null;
        return List.of(structural(new Change.CreateTable(new Table(ident(ct.getTable().getName()), columns, pk, uniques, indexes,
                fks, checks, null, tableSchema))));
    }

    // ------------------------------------------------------------------ ALTER TABLE

    private List<Op> alter(Alter alter, Set<String> foreignKeys, boolean unnamedCheck) {
        String table = tableName(alter.getTable());
        List<Op> out = new ArrayList<>();
        if (alter.getAlterExpressions() == null) return List.of(new Op.Unknown("ALTER TABLE without clauses"));
        for (AlterExpression e : alter.getAlterExpressions()) {
            out.addAll(alterExpression(table, e, foreignKeys, unnamedCheck));
        }
        return withoutRestatedKeys(out);
    }

    /**
     * A unique key dropped and added again as it was in the same ALTER TABLE ({@code DROP INDEX k, ADD UNIQUE KEY k (a)
     * USING HASH}: MariaDB turns an explicit hash key over short columns into a B-tree at each ALTER of its table, so
     * schemactl restates it) is rebuilt, not made unique anew: it cannot fail on duplicates, and no query loses it.
     */
    private static List<Op> withoutRestatedKeys(List<Op> ops) {
        List<Op> out = new ArrayList<>(ops);
        for (int i = 0; i < out.size(); i++) {
            UniqueKey dropped = out.get(i) instanceof Op.Structural s ? uniqueKey(s.change(), false) : null;
            if (dropped == null) continue;
            for (int j = i + 1; j < out.size(); j++) {
                UniqueKey added = out.get(j) instanceof Op.Structural s ? uniqueKey(s.change(), true) : null;
                if (added == null || !dropped.name().equalsIgnoreCase(added.name()) || !dropped.columns().equals(added.columns())) continue;
                String what = "unique key " + added.name() + " restated as it was (dropped and added again in the same statement)";
                out.set(j, new Op.Harmless(what, true));
                out.remove(i);
                i--;
                break;
            }
        }
        return out;
    }

    private record UniqueKey(String name, List<String> columns) {
    }

    /** The unique key a change adds ({@code adds}) or drops, column names in lower case; null for other changes. */
    private static UniqueKey uniqueKey(Change c, boolean adds) {
        String name = null;
        List<String> columns = null;
        if (adds && c instanceof Change.AddUnique a) {
            name = a.unique().name();
            columns = a.unique().columns();
        } else if (adds && c instanceof Change.CreateIndex a && a.index().unique()) {
            name = a.index().name();
            columns = a.index().columnNames();
        } else if (!adds && c instanceof Change.DropUnique d) {
            name = d.unique().name();
            columns = d.unique().columns();
        } else if (!adds && c instanceof Change.DropIndex d && d.index().unique()) {
            name = d.index().name();
            columns = d.index().columnNames();
        }
        if (name == null || columns == null || columns.isEmpty()) return null;
        return new UniqueKey(name, columns.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList());
    }

    private List<Op> alterExpression(String table, AlterExpression e, Set<String> foreignKeys, boolean unnamedCheck) {
        AlterOperation op = e.getOperation();
        List<Op> out = new ArrayList<>();
        switch (op) {
            case ADD -> {
                if (e.getIndex() != null) {
                    Change c = constraint(table, e.getIndex(), unnamedCheck);
                    out.add(c == null ? new Op.Unknown("ADD of an unknown constraint kind") : structural(c));
                } else if (e.getPkColumns() != null) {
                    out.add(structural(new Change.AddPrimaryKey(table, new PrimaryKey(null, idents(e.getPkColumns())))));
                } else if (e.getUkColumns() != null) {
                    out.add(structural(new Change.AddUnique(table, new UniqueConstraint(e.getUkName() == null ? null
                            : ident(e.getUkName()), idents(e.getUkColumns())))));
                } else if (e.getFkColumns() != null) {
                    out.add(structural(new Change.AddForeignKey(table, new ForeignKey(null, idents(e.getFkColumns()),
                            ident(e.getFkSourceTable()), idents(e.getFkSourceColumns()), action(e.isOnDeleteCascade() ? "CASCADE"
                            : e.isOnDeleteSetNull() ? "SET NULL" : e.isOnDeleteRestrict() ? "RESTRICT" : null), null))));
                } else if (e.getColDataTypeList() != null) {
                    for (AlterExpression.ColumnDataType cd : e.getColDataTypeList()) {
                        ColumnSpec spec = columnSpec(ident(cd.getColumnName()), cd.getColDataType(), cd.getColumnSpecs());
                        out.add(structural(new Change.AddColumn(table, spec.column())));
                        String col = spec.column().name();
                        if (spec.primaryKey()) out.add(structural(new Change.AddPrimaryKey(table, new PrimaryKey(null, List.of(col)))));
                        if (spec.unique()) out.add(structural(new Change.AddUnique(table, new UniqueConstraint(null, List.of(col)))));
                        if (spec.foreignKey() != null) out.add(structural(new Change.AddForeignKey(table, spec.foreignKey())));
                        if (spec.check() != null) out.add(structural(new Change.AddCheck(table, spec.check())));
                    }
                } else {
                    out.add(new Op.Unknown("ADD clause not understood"));
                }
            }
            case DROP -> {
                if (e.getColumnName() != null) {
                    String column = ident(e.getColumnName());
                    Optional<Column> existing = schema.column(table, column);
                    if (existing.isEmpty() && e.isUsingIfExists()) {
                        out.add(new Op.Harmless("drop column if exists", true));
                    } else {
                        out.add(structural(new Change.DropColumn(schema.tableName(table), existing.orElse(unknownColumn(column)))));
                    }
                } else if (e.getConstraintName() != null) {
                    out.add(dropConstraint(table, ident(e.getConstraintName()), foreignKeys, e.isUsingIfExists()));
                } else {
                    out.add(new Op.Unknown("DROP clause not understood"));
                }
            }
            case DROP_PRIMARY_KEY -> out.add(structural(new Change.DropPrimaryKey(schema.tableName(table),
                    schema.table(table).map(Table::primaryKey).filter(p -> p != null).orElse(new PrimaryKey(null, List.of())))));
            case DROP_UNIQUE, DROP_FOREIGN_KEY -> out.add(dropConstraint(table, ident(e.getConstraintName()),
                    op == AlterOperation.DROP_FOREIGN_KEY ? Set.of(ident(e.getConstraintName()).toLowerCase(Locale.ROOT)) : Set.of(), false));
            case ALTER -> out.addAll(alterColumn(table, e));
            case MODIFY, CHANGE -> out.addAll(modifyColumn(table, e));
            case RENAME -> {
                String from = ident(e.getColOldName() != null ? e.getColOldName() : e.getColumnOldName());
                String to = ident(e.getColumnName());
                Column before = schema.column(table, from).orElse(unknownColumn(from));
                out.add(structural(new Change.RenameColumn(schema.tableName(table), before, to)));
            }
            case RENAME_TABLE -> out.add(structural(new Change.RenameTable(schema.tableName(table), ident(e.getNewTableName()),
                    List.of(), schema.table(table).map(Table::schema).orElse(null))));
            case ALGORITHM, LOCK -> {
                String value = String.valueOf(op == AlterOperation.ALGORITHM ? e.getAlgorithmOption() : e.getLockOption())
                        .replace("=", "").trim().toUpperCase(Locale.ROOT);
                out.addAll(tableCopy(table, List.of(op.name() + "=" + value)));
            }
            // ENGINE= rebuilds the table (also into the engine it has): MariaDB/MySQL copy it while writes wait
            case ENGINE -> out.add(new Op.TableCopy(schema.tableName(table), "ENGINE="));
            // MariaDB renames an index in place (what plans write for a renamed index): a catalog change, as PostgreSQL's ALTER INDEX ... RENAME
            case RENAME_INDEX -> out.add(e.getOldIndex() == null || e.getIndex() == null ? new Op.Harmless("rename index", true)
                    : structural(new Change.RenameIndex(schema.tableName(table), ident(e.getOldIndex().getName()), ident(e.getIndex().getName()))));
            case COMMENT, COMMENT_WITH_EQUAL_SIGN, KEY_BLOCK_SIZE, SET_TABLE_OPTION, CONVERT, COLLATE ->
                    out.add(new Op.Harmless("table option", true));
            case UNSPECIFIC -> {
                String spec = e.getOptionalSpecifier() == null ? "" : e.getOptionalSpecifier().trim();
                Matcher m = Pattern.compile("(?i)^VALIDATE\\s+CONSTRAINT\\s+(\\S+)$").matcher(spec);
                if (m.matches()) out.add(new Op.Validate(schema.tableName(table), ident(m.group(1))));
                else out.add(new Op.Unknown("ALTER TABLE clause '" + spec + "' not classified"));
            }
            default -> out.add(new Op.Unknown("ALTER TABLE " + op + " not classified"));
        }
        return out;
    }

    private Op dropConstraint(String table, String name, Set<String> foreignKeys, boolean ifExists) {
        Optional<Change> known = schema.dropConstraint(table, name);
        if (known.isPresent()) return structural(known.get());
        if (ifExists) return new Op.Harmless("drop constraint if exists", true);
        if (foreignKeys.contains(name.toLowerCase(Locale.ROOT))) {
            return structural(new Change.DropForeignKey(schema.tableName(table), new ForeignKey(name, List.of(), "?", List.of(), null, null)));
        }
        // a constraint the database does not have (yet): report it as a constraint drop of unknown kind
        return structural(new Change.DropCheck(schema.tableName(table), new CheckConstraint(name, null)));
    }

    /** PostgreSQL / H2 ALTER COLUMN: TYPE, SET/DROP NOT NULL, SET/DROP DEFAULT, SET GENERATED. */
    private List<Op> alterColumn(String table, AlterExpression e) {
        List<Op> out = new ArrayList<>();
        String t = schema.tableName(table);
        if (e.getColDataTypeList() != null) {
            for (AlterExpression.ColumnDataType cd : e.getColDataTypeList()) {
                String name = ident(cd.getColumnName());
                Column before = schema.column(table, name).orElse(unknownColumn(name));
                List<String> specs = cd.getColumnSpecs() == null ? List.of() : cd.getColumnSpecs();
                String dataType = cd.getColDataType() == null ? "" : cd.getColDataType().getDataType();
                if (cd.getColDataType() == null) {
                    String what = String.join(" ", specs).toUpperCase(Locale.ROOT);
                    if (what.equals("DROP NOT NULL")) out.add(structural(new Change.SetNullable(t, before, before.withNullable(true))));
                    else if (what.equals("DROP DEFAULT")) out.add(structural(new Change.SetDefault(t, before, before.withDefault(null))));
                    else if (what.equals("DROP EXPRESSION") || what.equals("DROP EXPRESSION IF EXISTS")) {
                        out.add(structural(new Change.DropGeneration(t, before, before.withGenerated(null, null))));
                    }
                    else out.add(new Op.Unknown("ALTER COLUMN " + what + " not classified"));
                } else if ("SET".equalsIgnoreCase(dataType)) {
                    String what = String.join(" ", specs).toUpperCase(Locale.ROOT);
                    if (what.equals("NOT NULL")) out.add(structural(new Change.SetNullable(t, before, before.withNullable(false))));
                    else if (what.equals("NULL")) out.add(structural(new Change.SetNullable(t, before, before.withNullable(true))));
                    else if (what.startsWith("GENERATED")) out.add(structural(new Change.SetIdentity(t, before, identity(before, true))));
                    else if (what.startsWith("DEFAULT")) {
                        out.add(structural(new Change.SetDefault(t, before, before.withDefault(joinTokens(specs.subList(1, specs.size()))))));
                    } else {
                        // PostgreSQL's physical options: COMPRESSION, STORAGE, STATISTICS
                        Optional<String> options = engine == EngineKind.POSTGRESQL
                                ? PostgresColumnOptions.afterAction(before.options(), String.join(" ", specs)) : Optional.empty();
                        out.add(options.isPresent() ? structural(new Change.SetColumnOptions(t, before, before.withOptions(options.get())))
                                : new Op.Unknown("ALTER COLUMN SET " + what + " not classified"));
                    }
                } else if (cd.getColDataType() != null) {
                    ColumnType type = type(cd.getColDataType(), specs);
                    out.add(structural(new Change.AlterColumnType(t, before, before.withType(type))));
                }
            }
        }
        if (e.getColumnDropNotNullList() != null) {
            for (AlterExpression.ColumnDropNotNull d : e.getColumnDropNotNullList()) {
                String name = ident(d.getColumnName());
                Column before = schema.column(table, name).orElse(unknownColumn(name).withNullable(false));
                out.add(structural(new Change.SetNullable(t, before, before.withNullable(true))));
            }
        }
        if (e.getColumnSetDefaultList() != null) {
            for (AlterExpression.ColumnSetDefault d : e.getColumnSetDefaultList()) {
                String name = ident(d.getColumnName());
                Column before = schema.column(table, name).orElse(unknownColumn(name));
                out.add(structural(new Change.SetDefault(t, before, before.withDefault(d.getDefaultValue()))));
            }
        }
        if (e.getColumnDropDefaultList() != null) {
            for (AlterExpression.ColumnDropDefault d : e.getColumnDropDefaultList()) {
                String name = ident(d.getColumnName());
                Column before = schema.column(table, name).orElse(unknownColumn(name));
                out.add(structural(new Change.SetDefault(t, before, before.withDefault(null))));
            }
        }
        if (out.isEmpty()) out.add(new Op.Unknown("ALTER COLUMN clause not classified"));
        return out;
    }

    /**
     * MariaDB/MySQL MODIFY / CHANGE COLUMN with the full new definition: compared with the column as it is, it becomes
     * the plan changes it amounts to (rename, type, nullability, default, identity), or nothing (a comment change).
     */
    private List<Op> modifyColumn(String table, AlterExpression e) {
        List<Op> out = new ArrayList<>();
        String t = schema.tableName(table);
        if (e.getColDataTypeList() == null) return List.of(new Op.Unknown("MODIFY without a column"));
        for (AlterExpression.ColumnDataType cd : e.getColDataTypeList()) {
            String newName = ident(cd.getColumnName());
            String oldName = e.getOperation() == AlterOperation.CHANGE && e.getColOldName() != null ? ident(e.getColOldName()) : newName;
            Optional<Column> existing = schema.column(table, oldName);
            Column target = columnSpec(newName, cd.getColDataType(), cd.getColumnSpecs()).column();
            if (existing.isEmpty()) {
                out.add(structural(new Change.AlterColumnType(t, unknownColumn(oldName), target)));
                continue;
            }
            Column before = existing.get();
            if (!before.name().equalsIgnoreCase(newName)) {
                out.add(structural(new Change.RenameColumn(t, before, newName)));
                before = before.withName(newName);
            }
            if (before.generatedExpression() != null && target.generatedExpression() == null) {
                Column after = before.withGenerated(null, null);
                out.add(structural(new Change.DropGeneration(t, before, after)));
                before = after;
            }
            if (!before.type().equals(target.type())) {
                Column after = before.withType(target.type());
                out.add(structural(new Change.AlterColumnType(t, before, after)));
                before = after;
            }
            if (before.nullable() != target.nullable()) {
                Column after = before.withNullable(target.nullable());
                out.add(structural(new Change.SetNullable(t, before, after)));
                before = after;
            }
            if (!Expressions.same(before.defaultExpression(), target.defaultExpression()) && !target.isIdentity()) {
                Column after = before.withDefault(target.defaultExpression());
                out.add(structural(new Change.SetDefault(t, before, after)));
                before = after;
            }
            if (!java.util.Objects.equals(before.identity(), target.identity())) {
                out.add(structural(new Change.SetIdentity(t, before, before.withIdentity(target.identity()))));
            }
            ColumnPosition place = place(cd.getColumnSpecs());
            if (place != null) out.add(structural(new Change.MoveColumn(t, target.withName(newName), place, standing(table, oldName))));
            if (out.isEmpty()) out.add(new Op.Harmless("modify column without a structural change", true));
        }
        return out;
    }

    /** {@code AFTER x} or {@code FIRST} at the end of a MODIFY / CHANGE column definition; null when it has neither. */
    private ColumnPosition place(List<String> specs) {
        if (specs == null || specs.isEmpty()) return null;
        String last = specs.get(specs.size() - 1);
        if (last.equalsIgnoreCase("FIRST")) return ColumnPosition.FIRST;
        if (specs.size() > 1 && specs.get(specs.size() - 2).equalsIgnoreCase("AFTER")) return ColumnPosition.after(ident(last));
        return null;
    }

    /** Where a column stands in the table as the SQL so far left it (first, or after the column before it). */
    private ColumnPosition standing(String table, String column) {
        List<Column> columns = schema.table(schema.tableName(table)).map(dev.schemactl.schema.Table::columns).orElse(List.of());
        for (int i = 1; i < columns.size(); i++) {
            if (columns.get(i).name().equalsIgnoreCase(column)) return ColumnPosition.after(columns.get(i - 1).name());
        }
        return ColumnPosition.FIRST;
    }

    /** True when an expression (string literals left out) names the column. */
    static boolean references(String expression, String column) {
        return Pattern.compile("(?i)(?<![\\w$])[\"`]?" + Pattern.quote(column) + "[\"`]?(?![\\w$])")
                .matcher(withoutStrings(expression)).find();
    }

    private Parsed identity(String sql, String table, String column, String clause) {
        String upper = clause.toUpperCase(Locale.ROOT);
        Column before = schema.column(table, column).orElse(unknownColumn(column));
        String t = schema.tableName(table);
        if (upper.startsWith("RESTART")) return of(sql, new Op.Harmless("restart identity", true));
        boolean on = !upper.startsWith("DROP");
        return of(sql, structural(new Change.SetIdentity(t, before, identity(before, on))));
    }

    private static Column identity(Column c, boolean on) {
        return new Column(c.name(), c.type(), on ? false : c.nullable(), on ? null : c.defaultExpression(), on,
                c.generatedExpression(), c.comment());
    }

    // ------------------------------------------------------------------ constraints and indexes

    /** A table constraint or index clause as the change that adds it; null when its kind is unknown. */
    private Change constraint(String table, net.sf.jsqlparser.statement.create.table.Index i, boolean unnamed) {
        String name = unnamed || i.getName() == null ? null : ident(i.getName());
        if (i instanceof ForeignKeyIndex fk) {
            Optional<Table> referenced = schema.table(tableName(fk.getTable()));
            return new Change.AddForeignKey(table, new ForeignKey(name, idents(fk.getColumnsNames()),
                    referenced.map(Table::name).orElse(ident(fk.getTable().getName())),
                    idents(fk.getReferencedColumnNames()), action(fk.getOnDeleteReferenceOption()),
                    action(fk.getOnUpdateReferenceOption()), null, referenced.map(Table::schema).orElse(null)));
        }
        if (i instanceof net.sf.jsqlparser.statement.create.table.CheckConstraint cc) {
            return new Change.AddCheck(table, new CheckConstraint(name, String.valueOf(cc.getExpression())));
        }
        String type = i.getType() == null ? "INDEX" : i.getType().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        List<String> columns = i.getColumnsNames() == null ? List.of() : idents(i.getColumnsNames());
        if (type.equals("PRIMARY KEY")) return new Change.AddPrimaryKey(table, new PrimaryKey(name, columns));
        if (type.startsWith("UNIQUE")) return new Change.AddUnique(table, new UniqueConstraint(name, columns));
        if (type.equals("INDEX") || type.equals("KEY") || keyKind(type) != null) {
            return new Change.CreateIndex(table, new Index(name, columns.stream().map(IndexColumn::asc).toList(), false,
                    keyKind(type), null, List.of()));
        }
        return null;
    }

    /** MariaDB/MySQL {@code FULLTEXT} / {@code SPATIAL} [{@code INDEX}|{@code KEY}]: the index's method; null for others. */
    private static String keyKind(String type) {
        String first = type.split(" ")[0];
        return first.equals("FULLTEXT") || first.equals("SPATIAL") ? first.toLowerCase(Locale.ROOT) : null;
    }

    private Change createIndex(CreateIndex ci) {
        String table = schema.tableName(tableName(ci.getTable()));
        net.sf.jsqlparser.statement.create.table.Index i = ci.getIndex();
        boolean unique = i.getType() != null && i.getType().toUpperCase(Locale.ROOT).contains("UNIQUE");
        List<IndexColumn> columns = new ArrayList<>();
        if (i.getColumns() != null) {
            for (net.sf.jsqlparser.statement.create.table.Index.ColumnParams p : i.getColumns()) {
                boolean desc = p.getParams() != null && p.getParams().stream().anyMatch(x -> x.equalsIgnoreCase("DESC"));
                columns.add(new IndexColumn(ident(p.getColumnName()), desc));
            }
        }
        return new Change.CreateIndex(table, new Index(i.getName() == null ? null : ident(i.getName()), columns, unique));
    }

    private List<Op> drop(Drop drop) {
        String type = drop.getType() == null ? "" : drop.getType().toUpperCase(Locale.ROOT);
        String name = drop.getName() == null ? null : ident(drop.getName().getName());
        switch (type) {
            case "TABLE" -> {
                return List.of(dropTable(tableName(drop.getName()), drop.isIfExists()));
            }
            case "SCHEMA", "DATABASE" -> {
                return List.of(new Op.DropSchema(name));
            }
            case "INDEX" -> {
                String table = null;
                List<String> params = drop.getParameters();
                if (params != null) {
                    for (int k = 0; k + 1 < params.size(); k++) {
                        if (params.get(k).equalsIgnoreCase("ON")) table = ident(params.get(k + 1));
                    }
                }
                String qualifier = qualifier(drop.getName().getFullyQualifiedName());
                Optional<Change.DropIndex> known = schema.dropIndex(table, qualifier != null && otherSchemas.contains(qualifier) ? qualifier : null, name);
                if (known.isPresent()) return List.of(structural(known.get()));
                if (drop.isIfExists()) return List.of(new Op.Harmless("drop index if exists", true));
                return List.of(new Op.Unknown("there is no index " + name + (table == null ? "" : " on " + table)));
            }
            default -> {
                return List.of(new Op.Harmless("drop " + type.toLowerCase(Locale.ROOT), true));
            }
        }
    }

    private Op dropTable(String name, boolean ifExists) {
        Optional<Table> existing = schema.table(name);
        if (existing.isEmpty() && ifExists) return new Op.Harmless("drop table if exists", true);
        return structural(new Change.DropTable(existing.orElse(new Table(name, List.of(), null, List.of(), List.of(),
                List.of(), List.of(), null))));
    }

    private Parsed dropTables(String sql, String list, boolean ifExists) {
        List<Op> ops = new ArrayList<>();
        for (String part : list.split(",")) {
            ops.add(dropTable(tableKey(part.trim()), ifExists));
        }
        return new Parsed(sql, ops, false, false);
    }

    // ------------------------------------------------------------------ columns and types

    /** A column definition's parts: the column and the inline constraints it declares. */
    private record ColumnSpec(Column column, boolean primaryKey, boolean unique, ForeignKey foreignKey, CheckConstraint check) {
    }

    private ColumnSpec columnSpec(String name, ColDataType dataType, List<String> specTokens) {
        List<String> specs = specTokens == null ? List.of() : specTokens;
        ColumnType type = type(dataType, specs);
        String rawType = dataType == null ? "" : dataType.getDataType().trim();
        boolean identity = SERIAL.matcher(rawType).matches();
        if (identity) {
            type = ColumnType.of(rawType.toLowerCase(Locale.ROOT).startsWith("big") ? TypeKind.BIGINT
                    : rawType.toLowerCase(Locale.ROOT).startsWith("small") ? TypeKind.SMALLINT : TypeKind.INTEGER);
        }
        boolean nullable = !identity;
        String defaultExpression = null;
        String generated = null;
        boolean primaryKey = false;
        boolean unique = false;
        ForeignKey fk = null;
        CheckConstraint check = null;
        for (int i = 0; i < specs.size(); i++) {
            String token = specs.get(i).toUpperCase(Locale.ROOT);
            switch (token) {
                case "NOT" -> {
                    if (i + 1 < specs.size() && specs.get(i + 1).equalsIgnoreCase("NULL")) {
                        nullable = false;
                        i++;
                    }
                }
                case "NULL" -> nullable = true;
                case "DEFAULT" -> {
                    List<String> parts = new ArrayList<>();
                    int j = i + 1;
                    while (j < specs.size() && (parts.isEmpty() || !SPEC_STOP.contains(specs.get(j).toUpperCase(Locale.ROOT)))) {
                        parts.add(specs.get(j));
                        j++;
                    }
                    String value = joinTokens(parts);
                    defaultExpression = value.equalsIgnoreCase("NULL") || value.isEmpty() ? null : value;
                    i = j - 1;
                }
                case "PRIMARY" -> {
                    primaryKey = true;
                    nullable = false;
                }
                case "UNIQUE" -> unique = true;
                case "AUTO_INCREMENT", "AUTOINCREMENT", "IDENTITY" -> {
                    identity = true;
                    nullable = false;
                }
                case "GENERATED" -> {
                    // GENERATED {ALWAYS | BY DEFAULT} AS IDENTITY [(options)]: skip to after IDENTITY and its options;
                    // GENERATED ALWAYS AS (expr) [STORED] is left to the AS case
                    for (int j = i + 1; j < specs.size(); j++) {
                        String t = specs.get(j).toUpperCase(Locale.ROOT);
                        if (t.equals("IDENTITY")) {
                            identity = true;
                            nullable = false;
                            i = j + 1 < specs.size() && specs.get(j + 1).startsWith("(") ? j + 1 : j;
                            break;
                        }
                        if (t.startsWith("(")) break;
                    }
                }
                case "AS" -> {
                    if (i + 1 < specs.size() && specs.get(i + 1).startsWith("(")) {
                        String expression = unparen(specs.get(i + 1));
                        boolean stored = i + 2 < specs.size() && (specs.get(i + 2).equalsIgnoreCase("STORED")
                                || specs.get(i + 2).equalsIgnoreCase("PERSISTENT"));
                        // PostgreSQL's generated columns are always stored; MariaDB/MySQL default to VIRTUAL
                        if (engine != EngineKind.MARIADB || stored) generated = expression;
                        i++;
                    }
                }
                case "REFERENCES" -> {
                    if (i + 1 < specs.size()) {
                        String refTable = ident(specs.get(i + 1));
                        List<String> refColumns = List.of();
                        if (i + 2 < specs.size() && specs.get(i + 2).startsWith("(")) {
                            refColumns = idents(List.of(unparen(specs.get(i + 2)).split("\\s*,\\s*")));
                            i++;
                        }
                        fk = new ForeignKey(null, List.of(name), refTable, refColumns, null, null);
                        i++;
                    }
                }
                case "CHECK" -> {
                    if (i + 1 < specs.size()) {
                        check = new CheckConstraint(null, unparen(specs.get(i + 1)));
                        i++;
                    }
                }
                case "COMMENT", "COLLATE", "CONSTRAINT" -> i++;
                default -> {
                }
            }
        }
        if (identity) defaultExpression = null;
        Column column = new Column(name, type, nullable && !primaryKey, defaultExpression, identity, generated, null);
        return new ColumnSpec(column, primaryKey, unique, fk, check);
    }

    /** The normalized type of a JSqlParser type ("varchar (10)", "numeric (10, 2)") through the engine's vocabulary. */
    private ColumnType type(ColDataType dataType, List<String> specs) {
        if (dataType == null) return unknownType();
        StringBuilder spelling = new StringBuilder(dataType.getDataType());
        if (dataType.getArgumentsStringList() != null && !dataType.getArgumentsStringList().isEmpty()) {
            spelling.append('(').append(String.join(",", dataType.getArgumentsStringList())).append(')');
        }
        if (dataType.getArrayData() != null && !dataType.getArrayData().isEmpty()) spelling.append("[]");
        // "timestamp with time zone" may arrive with the zone clause among the specs
        if (specs != null && specs.size() >= 3 && (specs.get(0).equalsIgnoreCase("WITH") || specs.get(0).equalsIgnoreCase("WITHOUT"))
                && specs.get(1).equalsIgnoreCase("TIME") && specs.get(2).equalsIgnoreCase("ZONE")) {
            spelling.append(' ').append(specs.get(0)).append(" time zone");
        }
        String text = spelling.toString().trim().replaceAll("\\s*\\(\\s*", "(").replaceAll("\\s*,\\s*", ",")
                .replaceAll("\\s*\\)", ")").replaceAll("\\s+", " ");
        try {
            ColumnType parsed = types.parse(text);
            return parsed == null ? ColumnType.other(text) : parsed;
        } catch (RuntimeException e) {
            return ColumnType.other(text);
        }
    }

    /** A column the parser could not find: its type and nullability are unknown. */
    private static Column unknownColumn(String name) {
        return new Column(name, unknownType(), true, null, false, null, null);
    }

    private static ColumnType unknownType() {
        return ColumnType.other("?");
    }

    /**
     * MariaDB's system versioning added or dropped (JSqlParser takes none of it), alone or, over explicit row start / end
     * columns, in the one ALTER TABLE that must carry it all ({@code ADD COLUMN rs ... AS ROW START, ADD COLUMN re ... AS
     * ROW END, ADD PERIOD FOR SYSTEM_TIME (rs, re), ADD SYSTEM VERSIONING} and the DROP forms): the option change, the
     * columns and the period; null for any other statement.
     */
    private Parsed versioning(String sql, String flat) {
        Matcher m = ALTER_VERSIONING.matcher(flat);
        if (!m.matches()) return null;
        String table = tableKey(m.group(1));
        Table known = schema.table(schema.tableName(table)).orElse(null);
        String options = known == null ? null : known.options();
        List<Op> ops = new ArrayList<>();
        List<Op> columns = new ArrayList<>();
        for (String clause : dev.schemactl.engine.SqlText.clauses(m.group(2))) {
            String c = clause.strip();
            Matcher part;
            if (c.equalsIgnoreCase("ADD SYSTEM VERSIONING")) {
                ops.add(structural(new Change.SetTableOptions(table, options, withVersioning(options, true))));
            } else if (c.equalsIgnoreCase("DROP SYSTEM VERSIONING")) {
                ops.add(structural(new Change.SetTableOptions(table, options, withVersioning(options, false))));
            } else if ((part = ADD_ROW_COLUMN.matcher(c)).matches()) {
                boolean start = part.group(3).equalsIgnoreCase("START");
                ColumnType type;
                try {
                    type = Objects.requireNonNullElse(types.parse(part.group(2).strip()), ColumnType.other(part.group(2).strip()));
                } catch (RuntimeException e) {
                    type = ColumnType.other(part.group(2).strip());
                }
                Column column = new Column(ident(part.group(1)), type, false, null, null, start ? "ROW START" : "ROW END",
                        start ? dev.schemactl.schema.GeneratedKind.ROW_START : dev.schemactl.schema.GeneratedKind.ROW_END, null, null, null, null);
                columns.add(structural(new Change.AddColumn(table, column, ColumnPosition.LAST)));
            } else if ((part = DROP_COLUMN_CLAUSE.matcher(c)).matches()) {
                String name = ident(part.group(1));
                Column column = known == null ? unknownColumn(name)
                        : known.columns().stream().filter(x -> x.name().equalsIgnoreCase(name)).findFirst().orElse(unknownColumn(name));
                columns.add(structural(new Change.DropColumn(table, column, ColumnPosition.LAST)));
            } else if ((part = ADD_SYSTEM_PERIOD.matcher(c)).matches()) {
                columns.add(structural(new Change.AddPeriod(table, dev.schemactl.schema.Period.systemTime(ident(part.group(1)), ident(part.group(2))))));
            } else if (c.matches("(?i)DROP\\s+PERIOD\\s+FOR\\s+SYSTEM_TIME")) {
                dev.schemactl.schema.Period period = known == null ? null
                        : known.periods().stream().filter(dev.schemactl.schema.Period::isSystemTime).findFirst().orElse(null);
                columns.add(structural(new Change.DropPeriod(table, period != null ? period : dev.schemactl.schema.Period.systemTime("?", "?"))));
            } else {
                return null; // a clause this does not read: the statement goes the usual way
            }
        }
        if (ops.isEmpty()) return null;
        ops.addAll(columns);
        return new Parsed(sql, ops, false, false);
    }

    /** {@code options} (a MariaDB table's, as the model carries them) with or without {@code WITH SYSTEM VERSIONING}. */
    private static String withVersioning(String options, boolean versioned) {
        String rest = options == null ? "" : options.replace("WITH SYSTEM VERSIONING", "").replaceAll("\\s+", " ").strip();
        if (!versioned) return rest.isEmpty() ? null : rest;
        return rest.isEmpty() ? "WITH SYSTEM VERSIONING" : rest + " WITH SYSTEM VERSIONING";
    }

    /** ADD / DROP PERIOD FOR and a unique key WITHOUT OVERLAPS (MariaDB) as their changes; null for any other statement. */
    private Parsed period(String sql, String flat) {
        Matcher m = ADD_PERIOD.matcher(flat);
        if (m.matches()) {
            return of(sql, structural(new Change.AddPeriod(tableKey(m.group(1)),
                    new dev.schemactl.schema.Period(ident(m.group(2)), ident(m.group(3)), ident(m.group(4))))));
        }
        m = DROP_PERIOD.matcher(flat);
        if (m.matches()) {
            String table = tableKey(m.group(1));
            String name = ident(m.group(2));
            dev.schemactl.schema.Period known = schema.table(schema.tableName(table)).flatMap(t -> t.period(name))
                    .orElse(new dev.schemactl.schema.Period(name, "?", "?"));
            return of(sql, structural(new Change.DropPeriod(table, known)));
        }
        m = ADD_UNIQUE_WITHOUT_OVERLAPS.matcher(flat);
        if (m.matches()) {
            List<String> columns = java.util.Arrays.stream(m.group(4).split(",")).map(String::trim).map(this::ident).toList();
            String name = m.group(2) != null ? m.group(2) : m.group(3);
            return of(sql, structural(new Change.AddUnique(tableKey(m.group(1)),
                    new UniqueConstraint(name == null ? null : ident(name), columns).withWithoutOverlaps(ident(m.group(5))))));
        }
        return null;
    }

    private static Op structural(Change change) {
        return new Op.Structural(change);
    }

    private String tableName(net.sf.jsqlparser.schema.Table table) {
        return tableKey(table.getFullyQualifiedName());
    }

    /**
     * A (perhaps qualified) table name as a Change names the table: its key ({@link TableName#key()}), qualified when
     * the qualifier is another managed schema (public.items and billing.items are two tables).
     */
    private String tableKey(String raw) {
        if (raw == null) return null;
        String qualifier = qualifier(raw);
        return TableName.key(qualifier != null && otherSchemas.contains(qualifier) ? qualifier : null, ident(raw));
    }

    /** An identifier as the schema model spells it: quotes removed; unquoted names (but MariaDB's; and all of H2's) lower-cased. */
    private String ident(String raw) {
        if (raw == null) return null;
        String s = raw.trim();
        int dot = lastDotOutsideQuotes(s);
        if (dot >= 0) s = s.substring(dot + 1);
        if (s.length() >= 2 && ((s.startsWith("\"") && s.endsWith("\"")) || (s.startsWith("`") && s.endsWith("`"))
                || (s.startsWith("[") && s.endsWith("]")))) {
            String inner = s.substring(1, s.length() - 1);
            return engine == EngineKind.H2 ? dev.schemactl.engine.h2.H2Names.model(inner) : inner;
        }
        return engine == EngineKind.MARIADB ? s : s.toLowerCase(Locale.ROOT); // MariaDB keeps an unquoted name's case
    }

    /** The schema a (perhaps qualified) name is qualified with, unquoted as {@link #ident} does; null when bare. */
    private String qualifier(String raw) {
        String s = raw.trim();
        int dot = lastDotOutsideQuotes(s);
        return dot < 0 ? null : ident(s.substring(0, dot));
    }

    private static int lastDotOutsideQuotes(String s) {
        boolean quoted = false;
        int last = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '`') quoted = !quoted;
            else if (c == '.' && !quoted) last = i;
        }
        return last;
    }

    private List<String> idents(List<String> raw) {
        return raw == null ? List.of() : raw.stream().map(this::ident).toList();
    }

    private static ReferentialAction action(String text) {
        if (text == null) return null;
        String t = text.trim().toUpperCase(Locale.ROOT).replace(' ', '_');
        try {
            return ReferentialAction.valueOf(t);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Joins spec tokens back into an expression: "now", "()" → "now()". */
    private static String joinTokens(List<String> tokens) {
        return String.join(" ", tokens).replaceAll("([\\w$])\\s+\\(", "$1(").trim();
    }

    private static String unparen(String s) {
        String t = s.trim();
        if (t.startsWith("(") && t.endsWith(")")) t = t.substring(1, t.length() - 1).trim();
        return t;
    }

    private static String firstLine(String message) {
        if (message == null) return "no details";
        String line = message.lines().map(String::trim).filter(l -> !l.isEmpty()).findFirst().orElse("no details");
        return line.length() > 160 ? line.substring(0, 157) + "..." : line;
    }
}
