package dev.schemactl.engine.mariadb;

import dev.schemactl.diff.Plan;
import dev.schemactl.engine.Engine;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.engine.Engines;
import dev.schemactl.engine.RenderedChange;
import dev.schemactl.schema.Column;
import dev.schemactl.schema.Schema;
import dev.schemactl.testing.Cli;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * MariaDB's {@code COMPRESSED} columns, judged by SHOW CREATE TABLE: read as the column's options (the type without
 * it), written by {@code dump} so that {@code load} makes them again, and set or removed by a MODIFY and back.
 */
class MariaDbColumnCompressionTest {

    private static final Engine ENGINE = Engines.of(EngineKind.MARIADB);
    private static final String COMPRESSED = "CREATE TABLE t (id int PRIMARY KEY, doc blob COMPRESSED, "
            + "note varchar(1000) COMPRESSED CHARACTER SET latin1 NOT NULL DEFAULT 'x' COMMENT 'kept', body text COMPRESSED=zlib)";

    @TempDir
    Path dir;

    @Test
    void theColumnsCarryItAndTheirTypesLeaveItOut() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.MARIADB)) {
            execute(db, List.of(COMPRESSED));
            Schema schema;
            try (Connection c = db.connect()) {
                schema = ENGINE.inspector().inspect(c);
            }
            List<Column> columns = schema.tables().get(0).columns();
            assertThat(columns).extracting(Column::options).containsExactly(null, "COMPRESSED", "COMPRESSED", "COMPRESSED");
            assertThat(columns).extracting(c -> ENGINE.typeNames().format(c.type())).containsExactly("int", "blob", "varchar(1000)", "text");
        }
    }

    @Test
    void dumpWritesItAndLoadMakesItAgain() throws Exception {
        try (TestDatabase source = TestDatabase.create(EngineKind.MARIADB); TestDatabase copy = TestDatabase.create(EngineKind.MARIADB)) {
            execute(source, List.of(COMPRESSED));
            Cli.Run dump = new Cli(dir).env("DATABASE_URL", source.urlText()).run("dump", "--schema-file", "db/schema.sql");
            assertThat(dump.exit()).as(dump.all()).isZero();
            assertThat(Files.readString(dir.resolve("db/schema.sql"))).contains("doc blob COMPRESSED", "note varchar(1000) COMPRESSED");
            Cli.Run load = new Cli(dir).env("DATABASE_URL", copy.urlText()).run("load", "--schema-file", "db/schema.sql");
            assertThat(load.exit()).as(load.all()).isZero();
            assertThat(showCreate(copy, "t")).isEqualTo(showCreate(source, "t")).contains("/*M!100301 COMPRESSED*/");
        }
    }

    /** (Nullable columns: a NOT NULL compressed one without a default gets DEFAULT '' from MariaDB, a default of its own.) */
    @Test
    void compressingAndUncompressingIsAModifyAndBack() throws Exception {
        String before = "CREATE TABLE t (id int PRIMARY KEY, doc blob, note varchar(100) COMPRESSED COMMENT 'n')";
        String after = "CREATE TABLE t (id int PRIMARY KEY, doc blob COMPRESSED, note varchar(100) COMMENT 'n')";
        try (TestDatabase work = TestDatabase.create(EngineKind.MARIADB); TestDatabase target = TestDatabase.create(EngineKind.MARIADB)) {
            execute(work, List.of(before));
            execute(target, List.of(after));
            String original = showCreate(work, "t");
            Schema from;
            Schema to;
            try (Connection w = work.connect(); Connection t = target.connect()) {
                from = ENGINE.inspector().inspect(w);
                to = ENGINE.inspector().inspect(t);
            }
            Plan plan = ENGINE.differ().diff(from, to);
            List<String> up = new ArrayList<>();
            List<String> down = new ArrayList<>();
            List<RenderedChange> rendered = ENGINE.renderer().render(plan);
            for (RenderedChange r : rendered) up.addAll(r.forward());
            for (int i = rendered.size() - 1; i >= 0; i--) down.addAll(rendered.get(i).rollback());
            assertThat(up).containsExactlyInAnyOrder("ALTER TABLE t MODIFY COLUMN doc blob COMPRESSED NULL",
                    "ALTER TABLE t MODIFY COLUMN note varchar(100) NULL COMMENT 'n'");
            execute(work, up);
            assertThat(showCreate(work, "t")).isEqualTo(showCreate(target, "t"));
            execute(work, down);
            assertThat(showCreate(work, "t")).isEqualTo(original);
        }
    }

    private static void execute(TestDatabase db, List<String> statements) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            for (String sql : statements) st.execute(sql);
        }
    }

    private static String showCreate(TestDatabase db, String table) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SHOW CREATE TABLE " + table)) {
            rs.next();
            return rs.getString(2);
        }
    }
}
