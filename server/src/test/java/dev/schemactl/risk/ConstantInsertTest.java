package dev.schemactl.risk;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConstantInsertTest {
    @Test
    void rowsOfLiteralsAreRecognised() {
        assertThat(ConstantInsert.table("INSERT INTO t (id, v) VALUES (1, 'a''b')")).isEqualTo("t");
        assertThat(ConstantInsert.table("insert into \"My T\" values (-1.5e3, NULL, TRUE, DEFAULT), (2, '', false, 'x'::text)"))
                .isEqualTo("\"My T\"");
        assertThat(ConstantInsert.table("INSERT INTO app.orders(`a`,b) VALUES (1,2)")).isEqualTo("app.orders");
    }

    @Test
    void anythingThatCouldReadOrChangeExistingRowsIsLeftToTheParser() {
        assertThat(ConstantInsert.table("INSERT INTO t SELECT * FROM u")).isNull();
        assertThat(ConstantInsert.table("INSERT INTO t VALUES (1) ON CONFLICT (id) DO UPDATE SET v = 2")).isNull();
        assertThat(ConstantInsert.table("INSERT INTO t VALUES (1) ON DUPLICATE KEY UPDATE v = 2")).isNull();
        assertThat(ConstantInsert.table("INSERT INTO t VALUES (1) RETURNING id")).isNull();
        assertThat(ConstantInsert.table("INSERT INTO t VALUES (f())")).isNull();
        assertThat(ConstantInsert.table("INSERT INTO t VALUES ((SELECT max(id) FROM t))")).isNull();
        assertThat(ConstantInsert.table("INSERT INTO t VALUES ('a\\'); DROP TABLE t; --')")).isNull();
        assertThat(ConstantInsert.table("INSERT INTO t VALUES ('unterminated)")).isNull();
        assertThat(ConstantInsert.table("WITH d AS (DELETE FROM t) INSERT INTO u VALUES (1)")).isNull();
        assertThat(ConstantInsert.table("UPDATE t SET v = 1")).isNull();
    }

    @Test
    void theParserGivesTheSameDataChangeAsAFullParse() {
        SqlChangeParser parser = new SqlChangeParser(dev.schemactl.engine.EngineKind.POSTGRESQL, dev.schemactl.schema.Schema.EMPTY);
        assertThat(parser.parse("INSERT INTO Orders (id) VALUES (1)").ops()).containsExactly(new Op.DataChange("orders", "INSERT"));
        assertThat(parser.parse("INSERT INTO Orders (id) SELECT 1").ops()).containsExactly(new Op.DataChange("orders", "INSERT"));
    }
}
