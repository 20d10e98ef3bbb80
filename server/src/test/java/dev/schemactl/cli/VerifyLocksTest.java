package dev.schemactl.cli;

import dev.schemactl.engine.EngineKind;
import dev.schemactl.testing.Cli;
import dev.schemactl.testing.MigrationFiles;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * `verify --locks`: known statements measured on a shadow database hold the locks and rewrite the tables PostgreSQL
 * and MariaDB are documented to (ADD COLUMN with a volatile default rewrites; CREATE INDEX holds SHARE, CONCURRENTLY
 * does not; int to bigint rewrites; MariaDB ADD COLUMN is INSTANT and a type change needs COPY).
 */
class VerifyLocksTest {
    @TempDir
    Path dir;
    private final List<TestDatabase> dbs = new ArrayList<>();

    @AfterEach
    void drop() {
        dbs.forEach(TestDatabase::close);
    }

    private Cli cli(TestDatabase db) {
        return new Cli(dir).env("DATABASE_URL", db.urlText());
    }

    private TestDatabase db(EngineKind kind) {
        TestDatabase db = TestDatabase.create(kind);
        dbs.add(db);
        return db;
    }

    @Test
    void postgresLocksAndRewritesAreMeasured() throws Exception {
        TestDatabase db = db(EngineKind.POSTGRESQL);
        MigrationFiles.write(dir, "20260101000000", "items", EngineKind.POSTGRESQL,
                "CREATE TABLE items (id bigint PRIMARY KEY, n integer NOT NULL, label varchar(20), "
                        + "status varchar(10) NOT NULL CHECK (status IN ('NEW', 'DONE')));\n--rollback DROP TABLE items;",
                "CREATE FUNCTION seven() RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT 7';\n--rollback DROP FUNCTION seven();");
        Files.writeString(dir.resolve("migrations/versions/20260102000000_change.sql"), """
                --liquibase formatted sql
                -- schemactl: engine=postgresql

                --changeset test:20260102000000-1
                ALTER TABLE items ADD COLUMN r double precision DEFAULT random();
                ALTER TABLE items ADD COLUMN c integer DEFAULT 0;
                CREATE INDEX idx_items_n ON items (n);
                ALTER TABLE items ALTER COLUMN n TYPE bigint;
                ALTER TABLE items ADD COLUMN s integer DEFAULT seven();
                --rollback empty

                --changeset test:20260102000000-2 runInTransaction:false
                CREATE INDEX CONCURRENTLY idx_items_label ON items (label);
                --rollback empty
                """);

        Cli.Run run = cli(db).run("verify", "--locks", "20260102000000", "--format", "json");

        assertThat(run.exit()).as(run.all()).isZero();
        JsonNode m = Json.MAPPER.readTree(run.out()).path("migrations").get(0);
        assertThat(m.path("seeded").asInt()).as("rows seeded into items (status from its CHECK)").isEqualTo(3);
        JsonNode measured = m.path("report").path("measured");
        assertThat(measured.size()).isEqualTo(6);

        JsonNode volatileDefault = measured.get(0);
        assertThat(strings(volatileDefault.path("rewritten"))).containsExactly("items");
        assertThat(locks(volatileDefault)).contains("AccessExclusiveLock on table items");
        assertThat(volatileDefault.path("blocksWrites").asBoolean()).isTrue();

        JsonNode constantDefault = measured.get(1);
        assertThat(strings(constantDefault.path("rewritten"))).isEmpty();
        assertThat(locks(constantDefault)).contains("AccessExclusiveLock on table items");

        JsonNode createIndex = measured.get(2);
        assertThat(strings(createIndex.path("rewritten"))).isEmpty();
        assertThat(locks(createIndex)).contains("ShareLock on table items").doesNotContain("AccessExclusiveLock on table items");

        JsonNode toBigint = measured.get(3);
        assertThat(strings(toBigint.path("rewritten"))).containsExactly("items");

        JsonNode immutableFunction = measured.get(4);
        assertThat(strings(immutableFunction.path("rewritten"))).isEmpty();

        JsonNode concurrently = measured.get(5);
        assertThat(concurrently.path("error").isMissingNode()).as(concurrently.toString()).isTrue();
        assertThat(locks(concurrently)).as(concurrently.toString())
                .contains("ShareUpdateExclusiveLock on table items").doesNotContain("ShareLock on table items");
        assertThat(concurrently.path("blocksWrites").asBoolean()).isFalse();
        assertThat(concurrently.path("note").asText()).contains("observed from a second session");

        // the rule cannot tell that seven() is immutable and predicts a rewrite; the measurement says otherwise
        assertThat(strings(m.path("report").path("disagreements")))
                .containsExactly("statement 5: LK-ADD-DEFAULT-REWRITE predicts a table rewrite; measured: no rewrite");

        Cli.Run text = cli(db).run("verify", "--locks", "20260102000000");
        assertThat(text.out()).contains("measured on a shadow database", "statement 1: rewrote items",
                "DISAGREES statement 5: LK-ADD-DEFAULT-REWRITE");
        assertThat(tables(db)).as("the live database is left alone").isEmpty();
    }

    @Test
    void mariaDbAlgorithmsAreMeasured() throws Exception {
        TestDatabase db = db(EngineKind.MARIADB);
        MigrationFiles.write(dir, "20260101000000", "items", EngineKind.MARIADB,
                "CREATE TABLE items (id bigint PRIMARY KEY, n int NOT NULL, label varchar(20));\n--rollback DROP TABLE items;");
        MigrationFiles.write(dir, "20260102000000", "change", EngineKind.MARIADB,
                "ALTER TABLE items ADD COLUMN c int;\n--rollback ALTER TABLE items DROP COLUMN c;",
                "ALTER TABLE items MODIFY n bigint NOT NULL;\n--rollback ALTER TABLE items MODIFY n int NOT NULL;",
                "CREATE INDEX idx_items_label ON items (label);\n--rollback DROP INDEX idx_items_label ON items;");

        Cli.Run run = cli(db).run("verify", "--locks", "--format", "json");

        assertThat(run.exit()).as(run.all()).isZero();
        JsonNode migrations = Json.MAPPER.readTree(run.out()).path("migrations");
        assertThat(migrations.size()).isEqualTo(2);
        JsonNode m = migrations.get(1);
        assertThat(m.path("seeded").asInt()).isEqualTo(3);
        assertThat(m.path("method").asText()).contains("performance_schema");
        JsonNode measured = m.path("report").path("measured");

        JsonNode addColumn = measured.get(0);
        assertThat(addColumn.path("algorithm").asText()).isEqualTo("INSTANT");
        assertThat(strings(addColumn.path("rewritten"))).isEmpty();
        assertThat(addColumn.path("blocksWrites").asBoolean()).isFalse();

        JsonNode typeChange = measured.get(1);
        assertThat(typeChange.path("algorithm").asText()).startsWith("COPY");
        assertThat(strings(typeChange.path("rewritten"))).containsExactly("items");
        assertThat(typeChange.path("blocksWrites").asBoolean()).isTrue();
        assertThat(typeChange.path("note").asText()).contains("ALGORITHM=INSTANT is not supported");

        JsonNode index = measured.get(2);
        assertThat(index.path("algorithm").asText()).endsWith("LOCK=NONE");
        assertThat(strings(index.path("rewritten"))).isEmpty();
        assertThat(strings(m.path("report").path("disagreements"))).isEmpty();
    }

    @Test
    void anEngineWithoutProbeIsATypedRefusal() throws Exception {
        MigrationFiles.write(dir, "20260101000000", "items", EngineKind.H2,
                "CREATE TABLE items (id bigint PRIMARY KEY);\n--rollback DROP TABLE items;");
        Cli.Run run = new Cli(dir).env("DATABASE_URL", "h2:mem:verify_locks_h2").run("verify", "--locks");
        assertThat(run.exit()).isNotZero();
        assertThat(run.err()).contains("measuring locks needs PostgreSQL or MariaDB/MySQL").doesNotContain("Exception");
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static List<String> locks(JsonNode statement) {
        List<String> out = new ArrayList<>();
        statement.path("locks").forEach(l -> out.add(l.path("mode").asText() + " on " + l.path("kind").asText() + " "
                + l.path("relation").asText()));
        return out;
    }

    private static List<String> tables(TestDatabase db) throws Exception {
        return dev.schemactl.testing.DbFacts.tables(db);
    }
}
