package dev.schemactl.service;

import dev.schemactl.engine.DatabaseHandle;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.migration.MigrationDirectory;
import dev.schemactl.migration.MigrationFile;
import dev.schemactl.schema.Schema;
import dev.schemactl.testing.MigrationFiles;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a long-running server caches is recomputed exactly when what it depends on changes: the live schema when the
 * database's DDL changes (not its rows), the replayed schema when an applied file's name or content changes, the
 * models' schema when a class file changes. Each value's supplier counts how often it really ran.
 */
class SchemaCacheTest {
    @TempDir
    Path dir;

    private final SchemaCache cache = new SchemaCache(64, true);
    private final AtomicInteger computed = new AtomicInteger();

    private Supplier<Schema> counting(Supplier<Schema> real) {
        return () -> {
            computed.incrementAndGet();
            return real.get();
        };
    }

    /** A one-shot run (the CLI) inspects each time and spends no query on a fingerprint it would never reuse ({@code live} returns before asking for one). */
    @Test
    void aOneShotCacheInspectsEachTimeWithoutAFingerprint() throws Exception {
        SchemaCache oneShot = new SchemaCache(64, false);
        try (TestDatabase db = TestDatabase.create(EngineKind.H2);
             DatabaseHandle h = DatabaseHandle.open(db.url(), Duration.ofSeconds(10))) {
            execute(h, "CREATE TABLE items (id INT PRIMARY KEY)");
            oneShot.live(h, counting(h::inspect));
            oneShot.live(h, counting(h::inspect));
            assertThat(computed).as("nothing kept: a kept schema would have been read once").hasValue(2);
        }
    }

    @ParameterizedTest
    @EnumSource(value = EngineKind.class, names = {"H2", "POSTGRESQL", "MARIADB", "SQLITE"})
    void theLiveSchemaIsReadAgainExactlyWhenItsDdlChanges(EngineKind engine) throws Exception {
        try (TestDatabase db = TestDatabase.create(engine);
             DatabaseHandle h = DatabaseHandle.open(db.url(), Duration.ofSeconds(10))) {
            execute(h, "CREATE TABLE items (id INT PRIMARY KEY, name VARCHAR(20))");
            Schema first = cache.live(h, counting(h::inspect));
            assertThat(cache.live(h, counting(h::inspect))).isSameAs(first);
            assertThat(computed).as("unchanged: one inspection").hasValue(1);

            execute(h, "INSERT INTO items (id, name) VALUES (1, 'a')");
            cache.live(h, counting(h::inspect));
            assertThat(computed).as("rows are not schema").hasValue(1);

            execute(h, "ALTER TABLE items ADD note VARCHAR(30)");
            Schema added = cache.live(h, counting(h::inspect));
            assertThat(computed).hasValue(2);
            assertThat(added.tables().get(0).columns()).hasSize(3);

            execute(h, "CREATE INDEX items_by_name ON items (name)");
            cache.live(h, counting(h::inspect));
            assertThat(computed).as("a new index").hasValue(3);

            cache.live(h, counting(h::inspect));
            assertThat(computed).as("unchanged since").hasValue(3);

            execute(h, "DROP INDEX items_by_name" + (engine == EngineKind.MARIADB ? " ON items" : ""));
            execute(h, "ALTER TABLE items DROP COLUMN note");
            // back to the first schema: read again, or (where the fingerprint is a hash of the catalog) the first entry
            assertThat(cache.live(h, counting(h::inspect))).isEqualTo(first);
        }
    }

    @Test
    void theReplayedSchemaFollowsTheAppliedFilesNamesAndContent() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.H2);
             DatabaseHandle h = DatabaseHandle.open(db.url(), Duration.ofSeconds(10))) {
            Path v1 = MigrationFiles.write(dir, "20260101000000", "create_a", EngineKind.H2, "CREATE TABLE a (id INT);\n--rollback DROP TABLE a;");
            List<MigrationFile> files = MigrationDirectory.load(dir.resolve("migrations"));
            cache.replayed(h, files, null, counting(() -> Schema.EMPTY));
            cache.replayed(h, MigrationDirectory.load(dir.resolve("migrations")), null, counting(() -> Schema.EMPTY));
            assertThat(computed).as("same files read again").hasValue(1);

            Files.setLastModifiedTime(v1, FileTime.from(Instant.now().plusSeconds(60)));
            cache.replayed(h, MigrationDirectory.load(dir.resolve("migrations")), null, counting(() -> Schema.EMPTY));
            assertThat(computed).as("touched, same content").hasValue(1);

            Files.writeString(v1, Files.readString(v1).replace("id INT", "id BIGINT"));
            cache.replayed(h, MigrationDirectory.load(dir.resolve("migrations")), null, counting(() -> Schema.EMPTY));
            assertThat(computed).as("edited").hasValue(2);

            MigrationFiles.write(dir, "20260102000000", "create_b", EngineKind.H2, "CREATE TABLE b (id INT);\n--rollback DROP TABLE b;");
            cache.replayed(h, MigrationDirectory.load(dir.resolve("migrations")), null, counting(() -> Schema.EMPTY));
            assertThat(computed).as("one more applied file").hasValue(3);
            cache.replayed(h, files, null, counting(() -> Schema.EMPTY));
            assertThat(computed).as("the first edition's content is still its key").hasValue(3);
        }
    }

    @Test
    void theModelsSchemaFollowsTheClassFiles() throws Exception {
        Path classes = Files.createDirectories(dir.resolve("classes/demo"));
        Path entity = Files.write(classes.resolve("Note.class"), new byte[]{1, 2, 3});
        List<Path> classpath = List.of(dir.resolve("classes"));
        List<String> packages = List.of("demo");
        cache.models(EngineKind.H2, classpath, packages, "2.3", "m", counting(() -> Schema.EMPTY));
        cache.models(EngineKind.H2, classpath, packages, "2.3", "m", counting(() -> Schema.EMPTY));
        assertThat(computed).hasValue(1);

        Files.setLastModifiedTime(entity, FileTime.from(Instant.now().plusSeconds(60)));
        cache.models(EngineKind.H2, classpath, packages, "2.3", "m", counting(() -> Schema.EMPTY));
        assertThat(computed).as("recompiled (new timestamp)").hasValue(2);

        Files.write(classes.resolve("Tag.class"), new byte[]{4});
        cache.models(EngineKind.H2, classpath, packages, "2.3", "m", counting(() -> Schema.EMPTY));
        assertThat(computed).as("a new class").hasValue(3);

        cache.models(EngineKind.H2, classpath, List.of("demo", "other"), "2.3", "m", counting(() -> Schema.EMPTY));
        cache.models(EngineKind.POSTGRESQL, classpath, packages, "16", "m", counting(() -> Schema.EMPTY));
        cache.models(EngineKind.H2, classpath, packages, "2.3", "spring naming", counting(() -> Schema.EMPTY));
        assertThat(computed).as("packages, engine and naming are part of the key").hasValue(6);
        cache.models(EngineKind.H2, classpath, packages, "2.3", "m", counting(() -> Schema.EMPTY));
        assertThat(computed).hasValue(6);
    }

    private static void execute(DatabaseHandle h, String sql) throws Exception {
        try (Connection c = h.connection(); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
