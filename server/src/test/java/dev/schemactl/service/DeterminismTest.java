package dev.schemactl.service;

import dev.schemactl.examples.shop.Customer;
import dev.schemactl.source.model.Author;
import dev.schemactl.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The same models, database state, message and clock give byte-identical files, across JVMs and input orders. */
class DeterminismTest {
    @TempDir
    Path first;
    @TempDir
    Path second;

    @Test
    void twoJvmRunsWithModelsPresentedInDifferentOrdersWriteIdenticalFiles() throws Exception {
        String shop = GenerateIdempotencyTest.classesOf(Customer.class).toString();
        String model = GenerateIdempotencyTest.classesOf(Author.class).toString();
        assertThat(Cli.finish(new Cli(first).start("--url", "h2:./db", "create"), 60).exit()).isZero();
        assertThat(Cli.finish(new Cli(second).start("--url", "h2:./db", "create"), 60).exit()).isZero();
        Cli.Run a = Cli.finish(new Cli(first).env("SOURCE_DATE_EPOCH", "1767225600")
                .start("--url", "h2:./db", "new", "-m", "everything", "--models", shop, "--models", model,
                        "--package", "dev.schemactl.examples.shop", "--package", "dev.schemactl.source.model"), 120);
        Cli.Run b = Cli.finish(new Cli(second).env("SOURCE_DATE_EPOCH", "1767225600")
                .start("--url", "h2:./db", "new", "-m", "everything", "--models", model, "--models", shop,
                        "--package", "dev.schemactl.source.model", "--package", "dev.schemactl.examples.shop"), 120);
        assertThat(a.exit()).as(a.all()).isZero();
        assertThat(b.exit()).as(b.all()).isZero();
        Path fileA = first.resolve("migrations/versions/20260101000000_everything.sql");
        Path fileB = second.resolve("migrations/versions/20260101000000_everything.sql");
        byte[] bytesA = Files.readAllBytes(fileA);
        assertThat(bytesA.length).isGreaterThan(2000);
        assertThat(Files.readAllBytes(fileB)).isEqualTo(bytesA);
        assertThat(new String(bytesA)).contains("CREATE TABLE customers").contains("CREATE TABLE authors");
    }
}
