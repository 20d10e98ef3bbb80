package dev.schemactl.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The training runs the launcher records its archives from: each profile reaches the code its commands run (what it
 * loads is what the archive holds) and loads nothing its commands do not (a Java 25 AOT cache loads all it holds at
 * every start). Each runs in a JVM of its own, as the launcher runs it, with its class loading logged.
 */
class CacheTrainingTest {
    @TempDir
    Path dir;

    private List<String> train(String profile) throws Exception {
        Path log = dir.resolve(profile + ".classes.log");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + log, "-cp", System.getProperty("java.class.path"),
                CacheTraining.class.getName(), profile)
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve(profile + ".out").toFile()).start();
        assertThat(p.waitFor(240, TimeUnit.SECONDS)).as("the %s training ends", profile).isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve(profile + ".out"))).isZero();
        try (Stream<String> lines = Files.lines(log)) {
            return lines.filter(l -> l.contains("[class,load]"))
                    .map(l -> l.replaceFirst(".*\\[class,load\\]\\s*", "").split(" ")[0]).distinct().toList();
        }
    }

    private static boolean any(List<String> classes, String prefix) {
        return classes.stream().anyMatch(c -> c.startsWith(prefix));
    }

    @Test
    void helpTrainsTheUsageAndNothingOfADatabase() throws Exception {
        List<String> classes = train("help");
        assertThat(classes).contains("picocli.CommandLine$Help");
        assertThat(any(classes, "org.h2.")).isFalse();
        assertThat(any(classes, "liquibase.")).isFalse();
        assertThat(any(classes, "ch.qos.logback.")).isFalse();
    }

    @Test
    void statusTrainsTheReadOfAnAppliedProjectWithoutLiquibase() throws Exception {
        List<String> classes = train("status");
        // the status read on the H2 database a child `up` prepared, and the project file's parser
        assertThat(classes).contains("dev.schemactl.cli.StatusCommand", "org.h2.mvstore.MVStore",
                "dev.schemactl.config.ProjectFile", "org.postgresql.Driver");
        assertThat(any(classes, "org.postgresql.core.v3.")).as("PostgreSQL's connection code").isTrue();
        assertThat(any(classes, "org.mariadb.jdbc.client.")).as("MariaDB's connection code").isTrue();
        assertThat(any(classes, "ch.qos.logback.")).as("nothing logged: logback stays out of the archive").isFalse();
        assertThat(any(classes, "liquibase.")).as("Liquibase ran in the child, not here").isFalse();
        assertThat(any(classes, "org.hibernate.")).isFalse();
        assertThat(any(classes, "com.zaxxer.hikari.")).isFalse();
    }

    @Test
    void serveTrainsAnMcpServerUpToItsToolList() throws Exception {
        List<String> classes = train("serve");
        assertThat(classes).contains("dev.schemactl.mcp.StdioMcpServer", "dev.schemactl.mcp.ToolRegistry");
        assertThat(any(classes, "liquibase.")).isFalse();
        // the JSON Schema validator starts with the first tool call that needs it (BoundedSchemaValidator)
        assertThat(any(classes, "com.networknt.schema.")).isFalse();
    }
}
