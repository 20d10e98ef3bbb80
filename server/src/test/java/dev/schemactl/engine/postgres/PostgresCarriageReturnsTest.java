package dev.schemactl.engine.postgres;

import dev.schemactl.diff.Change;
import dev.schemactl.engine.RenderedChange;
import org.junit.jupiter.api.Test;

import static dev.schemactl.diff.Fixtures.col;
import static dev.schemactl.diff.Fixtures.varchar;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * String constants holding a raw CR are written in escape form (a migration file's line ends are normalized when it
 * is read: the CR of a default or check written as the server spells it came back as LF, pairs 976/977).
 */
class PostgresCarriageReturnsTest {

    @Test
    void aPlainLiteralWithACarriageReturnBecomesAnEscapeString() {
        assertThat(PostgresCarriageReturns.escape("ALTER TABLE t ALTER COLUMN a SET DEFAULT 'x\r\ny'::text"))
                .isEqualTo("ALTER TABLE t ALTER COLUMN a SET DEFAULT E'x\\r\ny'::text");
        // backslashes are doubled, doubled quotes kept
        assertThat(PostgresCarriageReturns.escape("CHECK (a <> 'back\\slash\r''q''')"))
                .isEqualTo("CHECK (a <> E'back\\\\slash\\r''q''')");
    }

    @Test
    void anEscapeStringKeepsItsEscapesAndLosesItsRawCarriageReturn() {
        assertThat(PostgresCarriageReturns.escape("DEFAULT E'a\\'\r\\\\'")).isEqualTo("DEFAULT E'a\\'\\r\\\\'");
        assertThat(PostgresCarriageReturns.escape("DEFAULT E'a\\r'")).isEqualTo("DEFAULT E'a\\r'");
    }

    @Test
    void commentsAndOtherPrefixesAreLeftAlone() {
        String sql = "CREATE FUNCTION f() RETURNS text AS $body$ SELECT 1 $body$ LANGUAGE sql; -- 'c\rd'\n"
                + "SELECT \"weird\" , U&'x\ry', N'p\rq', $1, a$b, 'ok'";
        assertThat(PostgresCarriageReturns.escape(sql)).isEqualTo(sql);
        assertThat(PostgresCarriageReturns.escape("SELECT $x$it's$x$, 'z\r'"))
                .isEqualTo("SELECT $x$it's$x$, E'z\\r'");
        assertThat(PostgresCarriageReturns.escape("SELECT 1 /* 'c\r' /* nested */ */, 'z\r'"))
                .isEqualTo("SELECT 1 /* 'c\r' /* nested */ */, E'z\\r'");
    }

    @Test
    void dollarQuotedBodiesAndQuotedIdentifiersHoldingACrAreSpelledOut() {
        // a migration file's line ends are normalized when it is read: a raw CR there would come back as LF
        assertThat(PostgresCarriageReturns.escape("CREATE FUNCTION f() RETURNS text AS $body$ SELECT 'a\rb\\' $body$ LANGUAGE sql"))
                .isEqualTo("CREATE FUNCTION f() RETURNS text AS E' SELECT ''a\\rb\\\\'' ' LANGUAGE sql");
        assertThat(PostgresCarriageReturns.escape("ALTER TABLE t ADD COLUMN \"we\\ird\r\n\"\"x\" text"))
                .isEqualTo("ALTER TABLE t ADD COLUMN U&\"we\\\\ird\\000D\n\"\"x\" text");
        assertThat(PostgresCarriageReturns.escape("DROP TABLE U&\"a\\0041\rb\""))
                .isEqualTo("DROP TABLE U&\"a\\0041\\000Db\"");
    }

    /**
     * A line the migration file (Liquibase formatted SQL) reads as its own directive, indented or not: a body holding one
     * is written as an escape string with its line feeds spelled out, so no line of it begins with --; bodies with other
     * comment lines stay dollar-quoted, as they were.
     */
    @Test
    void bodiesHoldingADirectiveLikeLineBecomeEscapeStrings() {
        assertThat(PostgresCarriageReturns.escape("CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$\nBEGIN\n--rollback x\n  RETURN 1; -- it's\nEND $$"))
                .isEqualTo("CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS E'\\nBEGIN\\n--rollback x\\n  RETURN 1; -- it''s\\nEND '");
        assertThat(PostgresCarriageReturns.escape("CREATE FUNCTION f() RETURNS text AS $f$ SELECT 'a\\b\n   --  changeset a:1' $f$ LANGUAGE sql"))
                .isEqualTo("CREATE FUNCTION f() RETURNS text AS E' SELECT ''a\\\\b\\n   --  changeset a:1'' ' LANGUAGE sql");
        assertThat(PostgresCarriageReturns.escape("COMMENT ON FUNCTION f() IS 'one\n--rollback two'"))
                .isEqualTo("COMMENT ON FUNCTION f() IS E'one\\n--rollback two'");
        String ordinary = "CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$\nBEGIN\n-- a comment\n-- rolled back below\n  RETURN 1;\nEND $$";
        assertThat(PostgresCarriageReturns.escape(ordinary)).isEqualTo(ordinary);
    }

    @Test
    void theRendererWritesDefaultsThroughIt() {
        RenderedChange r = new PostgresRenderer().render(new Change.SetDefault("t", col("c", varchar(20)),
                col("c", varchar(20)).withDefault("'x\r\ny'::character varying")));
        assertThat(r.forward()).containsExactly("ALTER TABLE t ALTER COLUMN c SET DEFAULT E'x\\r\ny'::character varying");
    }
}
