package dev.schemactl.engine.mariadb;

import dev.schemactl.diff.Change;
import dev.schemactl.schema.Column;
import dev.schemactl.schema.ColumnType;
import dev.schemactl.schema.GeneratedKind;
import dev.schemactl.schema.LobSize;
import dev.schemactl.schema.TypeKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, item 5, one regression test per bug (each failed before the fix); the same cases run end to end against
 * a real server, judged by SHOW CREATE TABLE, in the fidelity corpus ({@code MariaDbFidelityCorpusTest}).
 */
class MariaDbTypeFidelityTest {

    private final MariaDbRenderer renderer = new MariaDbRenderer();
    private final MariaDbTypeNames types = MariaDbTypeNames.INSTANCE;

    @Test
    void booleanStaysTinyint1WithDefaults1And0OnCreateModifyAndRollback() {
        ColumnType bool = types.parse("tinyint(1)");
        assertThat(bool.kind()).isEqualTo(TypeKind.BOOLEAN);
        assertThat(types.format(bool)).isEqualTo("tinyint(1)");
        assertThat(types.format(types.parse("boolean"))).isEqualTo("tinyint(1)");
        Column active = new Column("active", bool, false, "true", false, null, null);
        assertThat(renderer.columnDefinition(active)).isEqualTo("active tinyint(1) DEFAULT 1 NOT NULL");
        var modify = renderer.render(new Change.SetDefault("users", active, active.withDefault("false")));
        assertThat(modify.forward()).containsExactly("ALTER TABLE users MODIFY COLUMN active tinyint(1) DEFAULT 0 NOT NULL");
        assertThat(modify.rollback()).containsExactly("ALTER TABLE users MODIFY COLUMN active tinyint(1) DEFAULT 1 NOT NULL");
        // a bit(1) column stays bit(1), with bit defaults
        Column bit = new Column("b", types.parse("bit(1)"), true, "true", false, null, null);
        assertThat(renderer.columnDefinition(bit)).isEqualTo("b bit(1) DEFAULT b'1' NULL");
    }

    @Test
    void unsignedIsKeptSoLargeValuesStillFit() {
        ColumnType unsigned = types.parse("int(10) unsigned");
        assertThat(unsigned).isEqualTo(ColumnType.of(TypeKind.INTEGER).withUnsigned(true));
        Column counter = new Column("counter", unsigned, true, null, false, null, null);
        var setNotNull = renderer.render(new Change.SetNullable("hits", counter, counter.withNullable(false)));
        assertThat(setNotNull.forward()).containsExactly("ALTER TABLE hits MODIFY COLUMN counter int unsigned NOT NULL");
        assertThat(types.format(types.parse("bigint(20) unsigned"))).isEqualTo("bigint unsigned");
        assertThat(types.format(types.parse("decimal(10,2) unsigned"))).isEqualTo("decimal(10,2) unsigned");
        assertThat(types.format(types.parse("mediumint(8) unsigned"))).isEqualTo("mediumint unsigned");
        assertThat(types.format(types.parse("int(5)"))).isEqualTo("int(5)");
        assertThat(types.parse("int(10) unsigned zerofill").kind()).isEqualTo(TypeKind.OTHER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"float(7,3)", "float(9,6) unsigned", "double(10,2)"})
    void floatAndDoubleWithPrecisionAndScaleAreKeptVerbatim(String spelling) {
        // they were REAL/DOUBLE, written back as a bare float/double: the (M,D) was lost on create and never diffed
        assertThat(types.format(types.parse(spelling))).isEqualTo(spelling);
        assertThat(types.parse(spelling)).isNotEqualTo(types.parse(spelling.startsWith("float") ? "float" : "double"));
        assertThat(types.format(types.parse("float(30)"))).isEqualTo("double");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tinyblob", "blob", "mediumblob", "longblob", "tinytext", "text", "mediumtext", "longtext"})
    void blobAndTextSizesAreKept(String spelling) {
        assertThat(types.format(types.parse(spelling))).isEqualTo(spelling);
    }

    @Test
    void blobIsNotWidenedToLongblob() {
        assertThat(types.parse("blob")).isEqualTo(ColumnType.of(TypeKind.BLOB).withLobSize(LobSize.REGULAR));
        assertThat(types.parse("blob")).isNotEqualTo(types.parse("longblob"));
    }

    @Test
    void onUpdateCurrentTimestampIsKept() {
        Column updated = new Column("updated_at", types.parse("timestamp"), false, "current_timestamp", null, null, null, null,
                null, null, "current_timestamp");
        assertThat(renderer.columnDefinition(updated))
                .isEqualTo("updated_at timestamp DEFAULT current_timestamp NOT NULL ON UPDATE current_timestamp");
        var drop = renderer.render(new Change.SetDefault("t", updated, updated.withOnUpdate(null)));
        assertThat(drop.forward()).containsExactly("ALTER TABLE t MODIFY COLUMN updated_at timestamp DEFAULT current_timestamp NOT NULL");
        assertThat(drop.rollback().get(0)).endsWith("ON UPDATE current_timestamp");
    }

    @Test
    void virtualGeneratedColumnsStayVirtual() {
        Column total = Column.of("total", ColumnType.decimal(12, 2), true).withGenerated("`price` * `qty`", GeneratedKind.VIRTUAL);
        assertThat(renderer.columnDefinition(total)).isEqualTo("total decimal(12,2) AS (`price` * `qty`) VIRTUAL");
        Column stored = total.withGenerated("`price` * `qty`", GeneratedKind.STORED);
        assertThat(renderer.columnDefinition(stored)).isEqualTo("total decimal(12,2) AS (`price` * `qty`) STORED");
    }

    @Test
    void charsetAndCollationAreWrittenAfterTheType() {
        Column name = Column.of("name", ColumnType.sized(TypeKind.VARCHAR, 50), false).withCollation("utf8mb4_bin");
        assertThat(renderer.columnDefinition(name)).isEqualTo("name varchar(50) COLLATE utf8mb4_bin NOT NULL");
        Column code = Column.of("code", ColumnType.sized(TypeKind.CHAR, 3), true).withCharset("ascii").withCollation("ascii_bin");
        assertThat(renderer.columnDefinition(code)).isEqualTo("code char(3) CHARACTER SET ascii COLLATE ascii_bin NULL");
    }

    @Test
    void aBackslashInADefaultSurvives() {
        Column city = Column.of("city", ColumnType.sized(TypeKind.VARCHAR, 30), true).withDefault("'a\\b'");
        assertThat(renderer.columnDefinition(city)).isEqualTo("city varchar(30) DEFAULT 'a\\\\b' NULL");
    }
}
