package dev.schemactl.cli;

import dev.schemactl.examples.shop.Customer;
import dev.schemactl.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** `diff --from-migrations --check`: the Maven plugin's check from the CLI, without a live database. */
class DiffFromMigrationsTest {
    @TempDir
    Path dir;

    @Test
    void aMissingMigrationExitsOneAndAWrittenOneZeroWithoutTouchingTheDatabase() throws Exception {
        String classes = Path.of(Customer.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        String[] models = {"--models", classes, "--package", "dev.schemactl.examples.shop"};
        Cli cli = new Cli(dir);

        Cli.Run missing = cli.run(concat(new String[]{"diff", "--from-migrations", "--check"}, models));
        assertThat(missing.exit()).as(missing.all()).isEqualTo(1);
        assertThat(missing.out()).contains("+ create table customers");

        Cli.Run written = new Cli(dir).env("DATABASE_URL", "h2:mem:from_migrations_gen").run(concat(new String[]{"new", "-m", "init"}, models));
        assertThat(written.exit()).as(written.all()).isZero();

        Cli.Run matches = cli.run(concat(new String[]{"diff", "--from-migrations", "--check"}, models));
        assertThat(matches.exit()).as(matches.all()).isZero();
        assertThat(matches.out()).contains("no changes");
        assertThat(dir.resolve(".schemactl")).as("the default database was never opened").doesNotExist();

        Cli.Run both = cli.run(concat(new String[]{"diff", "--from-migrations", "--from-url", "h2:mem:x"}, models));
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err()).contains("--from-migrations takes neither --from-url");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = new String[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
