package dev.schemactl.engine.mariadb;

import dev.schemactl.engine.EngineKind;
import dev.schemactl.schema.CheckConstraint;
import dev.schemactl.schema.GeneratedKind;
import dev.schemactl.schema.Period;
import dev.schemactl.schema.Schema;
import dev.schemactl.schema.Table;
import dev.schemactl.schema.UniqueConstraint;
import dev.schemactl.schema.UnmanagedObject;
import dev.schemactl.testing.Cli;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * MariaDB periods (pairs 567, 568): information_schema shows an application-time period as a CHECK and its WITHOUT
 * OVERLAPS key as a plain unique key, and explicit row start / end columns as generated columns of expression ROW START,
 * so a plan written from that applied a check and a plain unique key (overlaps allowed) or failed half-way on
 * {@code AS (ROW START) STORED}. Both kinds of period are read from SHOW CREATE TABLE into the model now: the
 * application-time period with its keys, the SYSTEM_TIME period with its row start / end columns.
 */
class MariaDbPeriodsTest {
    @TempDir
    Path dir;

    private static final String BOOKINGS = "CREATE TABLE room_bookings (id int NOT NULL, room_id int NOT NULL,"
            + " date_from date NOT NULL, date_to date NOT NULL, PRIMARY KEY (id), PERIOD FOR stay (date_from, date_to),"
            + " UNIQUE KEY uq_room_stay (room_id, stay WITHOUT OVERLAPS))";
    private static final String CONTRACTS = "CREATE TABLE contracts (id int NOT NULL, amount int NOT NULL,"
            + " valid_from timestamp(6) GENERATED ALWAYS AS ROW START INVISIBLE,"
            + " valid_to timestamp(6) GENERATED ALWAYS AS ROW END INVISIBLE, PRIMARY KEY (id, valid_to),"
            + " PERIOD FOR SYSTEM_TIME (valid_from, valid_to)) WITH SYSTEM VERSIONING";

    @Test
    void readsPeriodsAndTheirWithoutOverlapsKeysFromShowCreateTable() {
        String show = """
                CREATE TABLE `room_bookings` (
                  `id` int(11) NOT NULL,
                  `room_id` int(11) NOT NULL,
                  `date_from` date NOT NULL,
                  `date_to` date NOT NULL,
                  PERIOD FOR `stay` (`date_from`, `date_to`),
                  PRIMARY KEY (`id`),
                  UNIQUE KEY `uq_room_stay` (`room_id`,`stay` WITHOUT OVERLAPS)
                ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4""";
        MariaDbPeriods.Read read = MariaDbPeriods.parse("room_bookings", show);
        assertThat(read.periods()).containsExactly(new Period("stay", "date_from", "date_to"));
        assertThat(read.withoutOverlaps()).containsExactly(Map.entry("uq_room_stay", "stay"));
        MariaDbPeriods.Read none = MariaDbPeriods.parse("t", "CREATE TABLE `t` (\n  `a` int,\n  CONSTRAINT `c` CHECK (`a` < `b`)\n)");
        assertThat(none.periods()).isEmpty();
        MariaDbPeriods.Read system = MariaDbPeriods.parse("contracts", "CREATE TABLE `contracts` (\n  `id` int(11) NOT NULL,\n"
                + "  `vf` timestamp(6) GENERATED ALWAYS AS ROW START,\n  `vt` timestamp(6) GENERATED ALWAYS AS ROW END,\n"
                + "  PRIMARY KEY (`id`,`vt`),\n  PERIOD FOR SYSTEM_TIME (`vf`, `vt`)\n) ENGINE=InnoDB WITH SYSTEM VERSIONING");
        assertThat(system.periods()).containsExactly(Period.systemTime("vf", "vt"));
    }

    /**
     * An application-time period is a property of its table and its key a unique constraint without overlaps of it (no
     * CHECK, no plain unique key over both ends, as information_schema shows them); so is a system-time period over
     * explicit columns, which are row start / end columns (not STORED generated ones of expression ROW START).
     */
    @Test
    void theInspectorModelsApplicationTimeAndSystemTimePeriods() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.MARIADB); Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute(BOOKINGS);
            st.execute(CONTRACTS);
            st.execute("CREATE TABLE ranges (lo int, hi int, CONSTRAINT lo_hi CHECK (lo < hi))"); // a user's check, no period
            Schema schema = new MariaDbInspector().inspect(c);
            assertThat(schema.unmanaged()).extracting(UnmanagedObject::label).isEmpty();
            Table contracts = schema.table("contracts").orElseThrow();
            assertThat(contracts.periods()).containsExactly(Period.systemTime("valid_from", "valid_to"));
            assertThat(contracts.column("valid_from").orElseThrow().generatedKind()).isEqualTo(GeneratedKind.ROW_START);
            assertThat(contracts.column("valid_to").orElseThrow().generatedKind()).isEqualTo(GeneratedKind.ROW_END);
            assertThat(contracts.primaryKey().columns()).containsExactly("id", "valid_to");
            Table bookings = schema.table("room_bookings").orElseThrow();
            assertThat(bookings.periods()).containsExactly(new Period("stay", "date_from", "date_to"));
            assertThat(bookings.checks()).isEmpty();
            assertThat(bookings.uniques()).containsExactly(new UniqueConstraint("uq_room_stay", List.of("room_id")).withWithoutOverlaps("stay"));
            assertThat(schema.table("ranges").orElseThrow().checks()).extracting(CheckConstraint::name).containsExactly("lo_hi");
        }
    }

    /** Refused before (the SYSTEM_TIME period was an unmanaged object of its table): now each table changes as any other. */
    @Test
    void aTableWithAnApplicationTimeOrASystemTimePeriodChangesAsAnyOther() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.MARIADB)) {
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                st.execute(BOOKINGS);
                st.execute(CONTRACTS);
                st.execute("CREATE TABLE rooms (id int PRIMARY KEY)");
                st.execute("CREATE TABLE guests (id int PRIMARY KEY)");
            }
            Cli cli = cli(db, "note");
            Files.writeString(dir.resolve("note/note.sql"), BOOKINGS.replace("date_to date NOT NULL,", "date_to date NOT NULL, note varchar(20),")
                    + ";\n" + CONTRACTS + ";\nCREATE TABLE rooms (id int PRIMARY KEY);\nCREATE TABLE guests (id int PRIMARY KEY);\n");
            Cli.Run note = cli.run("new", "-m", "note", "--to-sql", "note.sql", "--drop-extra", "--no-verify");
            assertThat(note.exit()).as(note.all()).isZero(); // a table with an application-time period changes as any other

            cli = cli(db, "amount");
            Files.writeString(dir.resolve("amount/amount.sql"), BOOKINGS + ";\n" + CONTRACTS.replace("amount int", "amount bigint")
                    + ";\nCREATE TABLE rooms (id int PRIMARY KEY);\nCREATE TABLE guests (id int PRIMARY KEY);\n");
            Cli.Run amount = cli.run("new", "-m", "amount", "--to-sql", "amount.sql", "--drop-extra", "--no-verify");
            assertThat(amount.exit()).as(amount.all()).isZero();
            try (var files = Files.list(dir.resolve("amount/migrations/versions"))) {
                assertThat(Files.readString(files.filter(f -> f.toString().endsWith("_amount.sql")).findFirst().orElseThrow()))
                        .contains("ALTER TABLE contracts MODIFY COLUMN amount bigint NOT NULL;")
                        .doesNotContain("ROW START", "PERIOD FOR");
            }

            // a period the desired state adds to a table is added
            cli = cli(db, "add");
            Files.writeString(dir.resolve("add/add.sql"), BOOKINGS + ";\n" + CONTRACTS + ";\nCREATE TABLE rooms (id int PRIMARY KEY,"
                    + " open_from date NOT NULL, open_to date NOT NULL, PERIOD FOR open (open_from, open_to));\n"
                    + "CREATE TABLE guests (id int PRIMARY KEY);\n");
            Cli.Run add = cli.run("new", "-m", "add", "--to-sql", "add.sql", "--drop-extra", "--no-verify");
            assertThat(add.exit()).as(add.all()).isZero();
            try (var files = Files.list(dir.resolve("add/migrations/versions"))) {
                assertThat(Files.readString(files.filter(f -> f.toString().endsWith("_add.sql")).findFirst().orElseThrow()))
                        .contains("ALTER TABLE rooms ADD PERIOD FOR open (open_from, open_to);", "ALTER TABLE rooms DROP PERIOD FOR open;");
            }

            // tables without one change as usual, and the periods are left alone
            cli = cli(db, "other");
            Files.writeString(dir.resolve("other/other.sql"), BOOKINGS + ";\n" + CONTRACTS + ";\nCREATE TABLE rooms (id int PRIMARY KEY);\n"
                    + "CREATE TABLE guests (id int PRIMARY KEY, name varchar(20));\n");
            Cli.Run other = cli.run("new", "-m", "other", "--to-sql", "other.sql", "--drop-extra", "--no-verify");
            assertThat(other.exit()).as(other.all()).isZero();
            assertThat(other.out()).doesNotContain("SYSTEM_TIME");
        }
    }

    /** A project of its own (an earlier plan's migration would be pending in a shared one). */
    private Cli cli(TestDatabase db, String name) throws java.io.IOException {
        return new Cli(Files.createDirectories(dir.resolve(name))).env("DATABASE_URL", db.urlText());
    }
}
