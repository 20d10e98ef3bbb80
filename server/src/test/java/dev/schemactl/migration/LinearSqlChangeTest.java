package dev.schemactl.migration;

import liquibase.ChecksumVersion;
import liquibase.change.Change;
import liquibase.change.core.RawSQLChange;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.database.core.PostgresDatabase;
import liquibase.database.jvm.JdbcConnection;
import liquibase.parser.ChangeLogParser;
import liquibase.parser.core.formattedsql.FormattedSqlChangeLogParser;
import liquibase.sdk.resource.MockResourceAccessor;
import liquibase.statement.core.RawSqlStatement;
import liquibase.util.StringUtil;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The linear split against Liquibase's own (the oracle), and checksums against Liquibase's own parser. */
class LinearSqlChangeTest {

    private static final List<String> CASES = List.of(
            "CREATE TABLE t (id int);\nINSERT INTO t VALUES (1);",
            "BEGIN;\nINSERT INTO t VALUES (1);\nCOMMIT;\nSELECT 1;",
            "BEGIN TRANSACTION;\nINSERT INTO t VALUES (1);\nEND TRANSACTION;\nSELECT 2;",
            "CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$\nBEGIN\n  RETURN 1;\nEND\n$$;\nSELECT f();",
            "DO $body$ BEGIN PERFORM 1; END $body$;\nSELECT 'a;b', \"x;y\" FROM t; -- comment; here\n/* block; comment */ SELECT 3",
            "SELECT 1\nGO\nSELECT 2\ngo\nSELECT 3 / 2;\nSELECT 4\n/\nSELECT 5",
            "INSERT INTO t VALUES ('it''s; fine', E'back\\\\slash;');\n\n\n;;\n  SELECT 6;  ",
            "CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW BEGIN SET NEW.a = 1; SET NEW.b = 2; END;\nSELECT 7;",
            "-- only a comment",
            "SELECT 8 -- trailing comment without newline");

    private static final java.util.regex.Pattern BLOCK_END = java.util.regex.Pattern.compile("(?i)\\bEND\\s+(IF|LOOP|WHILE|REPEAT|FOR)\\b");

    private static final java.util.regex.Pattern BEGIN_NAME = java.util.regex.Pattern.compile("(?i)([(,]|\\bCOLUMN|\\bADD)\\s*begin\\b");

    @Test
    void splitsExactlyAsLiquibaseDoes() throws IOException {
        List<String> inputs = new ArrayList<>(CASES);
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".sql")).sorted().toList()) inputs.add(Files.readString(f));
        }
        int statements = 0;
        for (String sql : inputs) {
            for (boolean stripComments : new boolean[]{true, false}) {
                List<String> tokens = LinearSqlChange.tokens(sql.replace("\r", ""), !stripComments);
                List<String> expected = Arrays.asList(StringUtil.processMultiLineSQL(sql.replace("\r", ""), stripComments, true, null, null));
                assertThat(tokens).as(sql).isNotNull();
                // Liquibase closes a BEGIN at the END of a CASE inside it and leaves a bare "END" statement: broken
                // statements, which LinearSqlChange does not copy (see caseInsideATriggerBodyDoesNotSplitIt)
                if (expected.stream().anyMatch(e -> e.strip().equalsIgnoreCase("END"))) continue;
                // likewise at an END IF / END LOOP / ... inside BEGIN ... END (a routine body cut in two: see
                // compoundStatementBlocksInsideARoutineDoNotSplitIt); Liquibase's split is compared everywhere else
                if (BLOCK_END.matcher(sql).find()) continue;
                // and after a column named begin, where Liquibase ran the rest as one statement (see
                // columnsNamedBeginOrEndDoNotJoinStatements)
                if (BEGIN_NAME.matcher(sql).find()) continue;
                assertThat(LinearSqlChange.split(tokens)).as(sql).isEqualTo(expected);
                statements += expected.size();
            }
        }
        assertThat(inputs.size()).isGreaterThan(400);
        assertThat(statements).isGreaterThan(3000);
    }

    @Test
    void changesetsKeepLiquibasesChecksums() throws Exception {
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 2000; i++) big.append("INSERT INTO t (id, v) VALUES (").append(i).append(", 'v;").append(i).append("');\n");
        String file = "--liquibase formatted sql\n\n--changeset schemactl:1\nCREATE TABLE t (id int, v text);\n"
                + String.join("\n", CASES) + "\n--rollback DROP TABLE t;\n\n"
                + "--changeset schemactl:2 splitStatements:false\nSELECT 1; SELECT 2;\n--rollback empty\n\n"
                + "--changeset schemactl:3 endDelimiter:/ runInTransaction:false\nSELECT 1;\n/\n--rollback empty\n\n"
                + "--changeset schemactl:4 stripComments:true\nSELECT 1; -- c\nSELECT 2;\n--rollback empty\n\n"
                + "--changeset schemactl:5\n" + big + "--rollback DROP TABLE t;\n";
        MockResourceAccessor accessor = new MockResourceAccessor(Map.of("v/1.sql", file));
        List<ChangeSet> theirs = parse(new FormattedSqlChangeLogParser(), accessor);
        List<ChangeSet> ours = parse(new LinearFormattedSqlParser(), accessor);
        assertThat(ours).hasSize(5).hasSameSizeAs(theirs);
        for (int i = 0; i < ours.size(); i++) {
            Change change = ours.get(i).getChanges().get(0);
            assertThat(change).isInstanceOf(LinearSqlChange.class);
            assertThat(((RawSQLChange) change).getSql()).isEqualTo(((RawSQLChange) theirs.get(i).getChanges().get(0)).getSql());
            for (ChecksumVersion v : List.of(ChecksumVersion.V8, ChecksumVersion.V9, ChecksumVersion.latest())) {
                assertThat(ours.get(i).generateCheckSum(v)).as("changeset %d, %s", i + 1, v).isEqualTo(theirs.get(i).generateCheckSum(v));
            }
        }
    }

    @Test
    void postgresqlQuestionMarkOperatorsReachTheServerAsWritten() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.POSTGRESQL); Connection c = db.connect()) {
            PostgresDatabase database = new PostgresDatabase();
            database.setConnection(new JdbcConnection(c));
            LinearSqlChange change = new LinearSqlChange();
            change.setSql("CREATE TABLE t (data jsonb CHECK (NOT (data ? 'tags') AND data ?| array['a'] IS NOT NULL));\nSELECT 1;");
            change.setSplitStatements(true);
            List<String> sql = Arrays.stream(change.generateStatements(database)).map(st -> ((RawSqlStatement) st).getSql()).toList();
            assertThat(sql).hasSize(2);
            assertThat(sql.get(0)).contains("data ? 'tags'").contains("data ?| array['a']").doesNotContain("$1");
            try (var st = c.createStatement()) {
                st.execute(sql.get(0)); // the check the server gets is the check written
            }
        }
    }

    @Test
    void caseInsideATriggerBodyDoesNotSplitIt() {
        String trigger = "CREATE TRIGGER t_bd BEFORE DELETE ON t BEGIN INSERT INTO audit (note) VALUES (CASE WHEN OLD.a IS NULL"
                + " THEN 'none' END); UPDATE t SET b = CASE b WHEN 1 THEN 2 ELSE 3 END; END";
        String mariadb = "CREATE PROCEDURE p() BEGIN CASE WHEN 1 THEN SELECT 1; END CASE; SELECT 2; END";
        String sql = trigger + ";\nSELECT CASE WHEN 1 THEN 2 END;\n" + mariadb + ";\nSELECT 3;";
        assertThat(LinearSqlChange.split(LinearSqlChange.tokens(sql, false)))
                .containsExactly(trigger, "SELECT CASE WHEN 1 THEN 2 END", mariadb, "SELECT 3");
    }

    /** A MariaDB routine's IF / LOOP / WHILE / REPEAT blocks end with END IF and the like, which close no BEGIN. */
    @Test
    void compoundStatementBlocksInsideARoutineDoNotSplitIt() {
        String function = "CREATE FUNCTION f(p INT) RETURNS tinyint(1) READS SQL DATA BEGIN DECLARE v INT; SELECT COUNT(*) INTO v FROM t;"
                + " IF v = 0 THEN RETURN TRUE; END IF; l: LOOP SET v = v - 1; IF v < 0 THEN LEAVE l; END IF; END LOOP l;"
                + " WHILE v < 3 DO SET v = v + 1; END WHILE; REPEAT SET v = v - 1; UNTIL v = 0 END REPEAT;"
                + " FOR r IN 1..2 DO SET v = v + r; END FOR; RETURN FALSE; END";
        String sql = function + ";\nSELECT 1;";
        assertThat(LinearSqlChange.split(LinearSqlChange.tokens(sql, false))).containsExactly(function, "SELECT 1");
    }

    /** A handler whose body is a block (kea's routines: DECLARE CONTINUE HANDLER FOR 3141 BEGIN END) does not end the routine. */
    @Test
    void aHandlerBodyBlockInsideARoutineDoesNotSplitIt() {
        String procedure = "CREATE PROCEDURE p(IN s TINYINT) CONTAINS SQL SQL SECURITY DEFINER BEGIN DECLARE i INT;"
                + " DECLARE CONTINUE HANDLER FOR 3141 BEGIN END; DECLARE EXIT HANDLER FOR SQLEXCEPTION BEGIN SET i = 0; END;"
                + " IF s = 0 THEN SET i = 1; END IF; END";
        String sql = procedure + ";\nSELECT 1;";
        assertThat(LinearSqlChange.split(LinearSqlChange.tokens(sql, false))).containsExactly(procedure, "SELECT 1");
    }

    /**
     * A column named begin or end (MariaDB and PostgreSQL take both unquoted) is no block: Liquibase ran the rest of the
     * changeset as one statement, which MariaDB refused (a syntax error at the next statement); blocks still hold.
     */
    @Test
    void columnsNamedBeginOrEndDoNotJoinStatements() {
        List<String> statements = List.of("CREATE TABLE periods (id int NOT NULL PRIMARY KEY, begin date)",
                "ALTER TABLE periods ADD COLUMN end date", "ALTER TABLE periods ADD begin2 date, ADD COLUMN begin int",
                "CREATE INDEX periods_begin ON periods (begin, end)",
                "CREATE TRIGGER tr BEFORE INSERT ON periods FOR EACH ROW BEGIN INSERT INTO log (begin, end) VALUES (NEW.begin, CASE WHEN 1 THEN 2 END); END",
                "CREATE DEFINER=`root`@`localhost` PROCEDURE p() BEGIN SELECT begin FROM periods; END",
                "BEGIN NOT ATOMIC SELECT 1; END", "UPDATE periods SET begin = NULL", "SELECT 1");
        String sql = String.join(";\n", statements) + ";";
        assertThat(LinearSqlChange.split(LinearSqlChange.tokens(sql, false))).containsExactlyElementsOf(statements);
    }

    @Test
    void postgresqlDollarQuotedBodiesAreNotSplitAtTheirSemicolons() throws Exception {
        String function = """
                CREATE OR REPLACE FUNCTION public.array_initials(text[])
                 RETURNS text
                 LANGUAGE sql
                 IMMUTABLE PARALLEL SAFE
                AS $function$
                  SELECT string_agg(left(string, 1), '' ORDER BY ordinality) FROM unnest($1) WITH ORDINALITY AS string; -- it's; kept
                $function$""";
        String other = "CREATE FUNCTION g() RETURNS int LANGUAGE sql AS $_$SELECT 1; SELECT 'a$$b;'; /* c; */ SELECT 2$_$";
        String sql = function + ";\n" + other + ";\nSELECT 'x;$$', \"y$$;\", a$b$c FROM t; -- $$ not a quote\nSELECT 3;";
        for (boolean comments : new boolean[]{true, false}) {
            assertThat(LinearSqlChange.split(LinearSqlChange.postgresTokens(sql, comments)))
                    .containsExactly(function, other, "SELECT 'x;$$', \"y$$;\", a$b$c FROM t", (comments ? "-- $$ not a quote\n" : "") + "SELECT 3");
        }
        try (TestDatabase db = TestDatabase.create(EngineKind.POSTGRESQL); Connection c = db.connect()) {
            PostgresDatabase database = new PostgresDatabase();
            database.setConnection(new JdbcConnection(c));
            LinearSqlChange change = new LinearSqlChange();
            change.setSql(function + ";\n" + other + ";\nSELECT public.array_initials(ARRAY['ab', 'cd']);");
            change.setSplitStatements(true);
            List<String> statements = Arrays.stream(change.generateStatements(database)).map(st -> ((RawSqlStatement) st).getSql()).toList();
            assertThat(statements).hasSize(3);
            try (var st = c.createStatement()) {
                for (String statement : statements) st.execute(statement);
            }
        }
    }

    private static List<ChangeSet> parse(ChangeLogParser parser, MockResourceAccessor accessor) throws Exception {
        DatabaseChangeLog log = parser.parse("v/1.sql", new ChangeLogParameters(), accessor);
        return log.getChangeSets();
    }
}
