package dev.schemactl.engine.mariadb;

import dev.schemactl.engine.EngineKind;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * pt-osc copies rows with INSERT IGNORE, so an ALTER whose plain form would fail on a row would instead clamp,
 * truncate or drop it: the guard lets through only clauses that keep every row, and conversions the rows are
 * checked to fit, on a real MariaDB table holding rows that do not fit the narrower definitions.
 */
class PtOscDataGuardTest {
    private static TestDatabase db;

    @BeforeAll
    static void table() throws SQLException {
        db = TestDatabase.create(EngineKind.MARIADB);
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE big (id int NOT NULL PRIMARY KEY, n int NOT NULL, label varchar(40), price decimal(10,2) NOT NULL)");
            st.execute("INSERT INTO big VALUES (1, 100000, 'a longer label', 12.35), (2, 7, 'x', 9999.99), (3, 7, NULL, 1.00)");
        }
    }

    @AfterAll
    static void drop() {
        if (db != null) db.close();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "MODIFY n bigint NOT NULL | keeps",
            "MODIFY COLUMN n int(11) NOT NULL DEFAULT 3 | keeps",
            "MODIFY n mediumint NOT NULL | keeps",
            "MODIFY n smallint NOT NULL | loses",
            "MODIFY n smallint unsigned NOT NULL | loses",
            "CHANGE n m int NOT NULL | keeps",
            "MODIFY label varchar(100) | keeps",
            "MODIFY label varchar(5) | loses",
            "MODIFY label varchar(40) NOT NULL | loses",
            "MODIFY label tinytext | keeps",
            "MODIFY label varchar(40) CHARACTER SET latin1 | loses",
            "MODIFY price decimal(12,2) NOT NULL | keeps",
            "MODIFY price decimal(5,2) NOT NULL | loses",
            "MODIFY price decimal(10,1) NOT NULL | loses",
            "MODIFY n varchar(20) NOT NULL | loses",
            "ADD COLUMN note text, ADD INDEX big_n (n) | keeps",
            "ADD COLUMN code int NOT NULL | keeps",
            "ADD COLUMN code int UNIQUE | loses",
            "ADD UNIQUE KEY big_n_u (n) | loses",
            "ADD CONSTRAINT big_n_pos CHECK (n > 10) | loses",
            "ADD CONSTRAINT fk FOREIGN KEY (n) REFERENCES other (id) | loses",
            "DROP INDEX big_n, DROP COLUMN label | keeps",
            "ALTER COLUMN n SET DEFAULT 1, COMMENT = 'big table' | keeps",
            "FORCE | loses",
    })
    void letsThroughOnlyWhatKeepsEveryRow(String alter, String expected) throws SQLException {
        try (Connection c = db.connect()) {
            assertThat(PtOscDataGuard.risk(c, "big", alter).isPresent() ? "loses" : "keeps").isEqualTo(expected);
        }
    }
}
