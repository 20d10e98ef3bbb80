package dev.schemactl.source;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SqlScriptTest {
    @Test
    void splitsOnSemicolonsOutsideLiteralsCommentsAndDollarBodies() {
        String script = """
                -- a comment; not a statement
                CREATE TABLE a (note varchar(10) DEFAULT 'x;y');
                /* block; comment */
                INSERT INTO a VALUES ('it''s; fine');
                CREATE FUNCTION f() RETURNS int AS $$ BEGIN RETURN 1; END; $$ LANGUAGE plpgsql;
                CREATE TABLE "we;ird" (`b;c` int)
                """;
        assertThat(SqlScript.split(script)).containsExactly(
                "CREATE TABLE a (note varchar(10) DEFAULT 'x;y')",
                "INSERT INTO a VALUES ('it''s; fine')",
                "CREATE FUNCTION f() RETURNS int AS $$ BEGIN RETURN 1; END; $$ LANGUAGE plpgsql",
                "CREATE TABLE \"we;ird\" (`b;c` int)");
    }

    @Test
    void commentOnlyScriptsHaveNoStatements() {
        assertThat(SqlScript.split("-- nothing\n/* at all */\n;\n")).isEmpty();
    }

    @Test
    void aSqliteTriggerBodyStaysOneStatementUntilItsEnd() {
        String script = """
                CREATE TABLE t (id INTEGER PRIMARY KEY, b INTEGER);
                CREATE TRIGGER t_ai AFTER INSERT ON t BEGIN UPDATE t SET b = CASE WHEN NEW.b IS NULL THEN 1 END WHERE id = NEW.id; SELECT 'end;'; END;
                CREATE TEMP TRIGGER t_ad AFTER DELETE ON t BEGIN DELETE FROM t WHERE id = OLD.id + 1; END;
                CREATE VIEW v AS SELECT id FROM t;
                """;
        assertThat(SqlScript.split(script)).containsExactly(
                "CREATE TABLE t (id INTEGER PRIMARY KEY, b INTEGER)",
                "CREATE TRIGGER t_ai AFTER INSERT ON t BEGIN UPDATE t SET b = CASE WHEN NEW.b IS NULL THEN 1 END WHERE id = NEW.id; SELECT 'end;'; END",
                "CREATE TEMP TRIGGER t_ad AFTER DELETE ON t BEGIN DELETE FROM t WHERE id = OLD.id + 1; END",
                "CREATE VIEW v AS SELECT id FROM t");
    }

    /**
     * A MariaDB routine or trigger in a migration file (no DELIMITER line) is one statement to its END, as the
     * migration runner executes it: the risk scorer read the employees sample's procedure body as statements of their
     * own (a DROP TABLE of its temporary table made a baseline critical). END IF / END LOOP close no BEGIN; a PostgreSQL
     * function's dollar-quoted body and a BEGIN ATOMIC body stay whole too.
     */
    @Test
    void aRoutineOrTriggerBodyWithoutDelimiterLinesStaysOneStatement() {
        String procedure = """
                CREATE DEFINER=`root`@`localhost` PROCEDURE `report`()
                BEGIN
                    DROP TABLE IF EXISTS tmp;
                    CREATE TEMPORARY TABLE tmp (n INT);
                    IF (SELECT COUNT(*) FROM tmp) = 0 THEN INSERT INTO tmp VALUES (1); END IF;
                    l: LOOP LEAVE l; END LOOP l;
                    CASE WHEN 1 THEN SELECT 1; ELSE SELECT 2; END CASE;
                    DROP TABLE tmp;
                END""";
        String trigger = "CREATE DEFINER=`root`@`%` TRIGGER `t_bu` BEFORE UPDATE ON `t` FOR EACH ROW BEGIN\n"
                + "IF NEW.a IS NULL THEN SET NEW.a = 1; END IF; END";
        String plpgsql = "CREATE FUNCTION f() RETURNS integer LANGUAGE plpgsql AS $$ BEGIN IF true THEN RETURN 1; END IF; END $$";
        String atomic = "CREATE FUNCTION g() RETURNS integer LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT 2; END";
        String script = procedure + ";\n" + trigger + ";\n" + plpgsql + ";\n" + atomic + ";\nCREATE TABLE u (id INT);\n";
        assertThat(SqlScript.split(script)).containsExactly(procedure, trigger, plpgsql, atomic, "CREATE TABLE u (id INT)");
    }

    /** pg_dump writes a rule with several actions as {@code DO INSTEAD ( a; b; )}: DAViCal's dav_principal view. */
    @Test
    void aPostgresRuleWithSeveralActionsStaysOneStatement() {
        String script = """
                CREATE RULE dav_principal_delete AS
                    ON DELETE TO public.dav_principal DO INSTEAD ( DELETE FROM public.usr
                  WHERE (usr.user_no = old.user_no);
                 DELETE FROM public.principal
                  WHERE (principal.principal_id = old.principal_id AND old.name <> ')(');
                );
                CREATE OR REPLACE RULE r AS ON INSERT TO v DO INSTEAD NOTHING;
                CREATE TABLE t (id integer);
                """;
        assertThat(SqlScript.statements(script, false)).extracting(SqlScript.Statement::line).containsExactly(1, 7, 8);
        assertThat(SqlScript.split(script).get(0)).endsWith("old.name <> ')(');\n)");
    }
}
