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
}
