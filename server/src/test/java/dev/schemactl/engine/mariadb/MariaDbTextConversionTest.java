package dev.schemactl.engine.mariadb;

import dev.schemactl.engine.EngineKind;
import dev.schemactl.testing.Cli;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A conversion through text ({@link MariaDbTextConversion}) that a value cannot take fails loudly and changes nothing:
 * inet4 widened to inet6 (pair 800), then an address that is not IPv4-mapped is stored; the rollback must not write
 * it into inet4 (a lax MODIFY would make it NULL or 0.0.0.0, a strict one fails halfway with the column left varchar).
 * The UPDATEs only rewrite values not rewritten yet, so the changesets the failed rollback undid can run again.
 */
class MariaDbTextConversionTest {

    @Test
    void rollbackOfInet4ToInet6FailsBeforeChangingAnythingWhileAnAddressIsNotIpv4Mapped() throws Exception {
        try (TestDatabase live = TestDatabase.create(EngineKind.MARIADB); TestDatabase target = TestDatabase.create(EngineKind.MARIADB)) {
            execute(live, "CREATE TABLE hit (id int NOT NULL PRIMARY KEY, ip inet4 NOT NULL, KEY ip (ip))",
                    "INSERT INTO hit VALUES (1, '10.0.0.1')");
            execute(target, "CREATE TABLE hit (id int NOT NULL PRIMARY KEY, ip inet6 NOT NULL, KEY ip (ip))");
            Path project = Files.createTempDirectory("schemactl-conversion-");
            Files.createDirectories(project.resolve("migrations/versions"));
            Path policy = project.resolve("allow.yaml");
            Files.writeString(policy, "version: 1\nrules:\n  - match: {}\n    action: allow\n    reason: test\ndefault: allow\n");
            Cli cli = new Cli(project).env("DATABASE_URL", live.urlText()).env("SOURCE_DATE_EPOCH", "1767225600");

            Cli.Run made = cli.run("new", "-m", "widen", "--to-url", target.urlText(), "--no-verify");
            assertThat(made.exit()).as(made.all()).isZero();
            String migration = migration(project);
            assertThat(migration).contains("-- schemactl: converts-values=hit.ip: through varchar(45), each address rewritten to its "
                    + "IPv4-mapped form ::ffff:a.b.c.d; rollback through varchar(45), each IPv4-mapped address ::ffff:a.b.c.d "
                    + "rewritten to a.b.c.d; fails first, changing nothing, while an address is not IPv4-mapped")
                    .doesNotContain("rollback-loses-data");
            Cli.Run up = cli.run("migrate", "--policy", policy.toString());
            assertThat(up.exit()).as(up.all() + "\n" + migration).isZero();
            assertThat(rows(live)).containsExactly("1 ::ffff:10.0.0.1");

            execute(live, "INSERT INTO hit VALUES (2, '2001:db8::1')");
            String widened = showCreate(live);
            Cli.Run down = cli.run("rollback", "--policy", policy.toString());
            assertThat(down.exit()).as(down.all()).isNotZero();
            assertThat(down.all()).contains("schemactl: hit.ip holds a value inet4 cannot hold");
            assertThat(showCreate(live)).isEqualTo(widened);
            assertThat(rows(live)).containsExactly("1 ::ffff:10.0.0.1", "2 2001:db8::1");

            // the changesets after the guarded one were undone (their rollback is empty): running them again changes nothing
            Cli.Run redo = cli.run("migrate", "--policy", policy.toString());
            assertThat(redo.exit()).as(redo.all()).isZero();
            assertThat(showCreate(live)).isEqualTo(widened);
            assertThat(rows(live)).containsExactly("1 ::ffff:10.0.0.1", "2 2001:db8::1");

            execute(live, "DELETE FROM hit WHERE id = 2");
            Cli.Run again = cli.run("rollback", "--policy", policy.toString());
            assertThat(again.exit()).as(again.all()).isZero();
            assertThat(showCreate(live)).contains("`ip` inet4 NOT NULL", "KEY `ip` (`ip`)");
            assertThat(rows(live)).containsExactly("1 10.0.0.1");
        }
    }

    private static String migration(Path project) throws Exception {
        try (Stream<Path> files = Files.list(project.resolve("migrations/versions"))) {
            StringBuilder b = new StringBuilder();
            for (Path f : files.sorted().toList()) b.append(Files.readString(f));
            return b.toString();
        }
    }

    private static void execute(TestDatabase db, String... sql) throws SQLException {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            for (String s : sql) st.execute(s);
        }
    }

    private static List<String> rows(TestDatabase db) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id, ip FROM hit ORDER BY id")) {
            while (rs.next()) out.add(rs.getInt(1) + " " + rs.getString(2));
        }
        return out;
    }

    private static String showCreate(TestDatabase db) throws SQLException {
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SHOW CREATE TABLE hit")) {
            rs.next();
            return rs.getString(2);
        }
    }
}
