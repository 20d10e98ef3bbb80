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
