package dev.schemactl.mcp;

import dev.schemactl.engine.EngineKind;
import dev.schemactl.testing.TestDatabase;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.schemactl.mcp.McpTestProject.args;
import static dev.schemactl.mcp.McpTestProject.call;
import static dev.schemactl.mcp.McpTestProject.columns;
import static dev.schemactl.mcp.McpTestProject.structured;
import static dev.schemactl.mcp.McpTestProject.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agent loop over stdio with the SDK's client: edit an entity's source, compile it, diff_schema,
 * generate_migration, apply_migration, migration_status, rollback — on H2 and PostgreSQL.
 */
class McpAgentLoopTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = EngineKind.class, names = {"H2", "POSTGRESQL"})
    void changeAnEntityThenGenerateApplyAndRollBack(EngineKind engine) throws Exception {
        try (TestDatabase db = TestDatabase.create(engine)) {
            Files.writeString(dir.resolve("schemactl.yaml"), """
                    models:
                      classpath: [models/classes]
                      packages: [demo.model]
                    """);
            compile(entity(""));
            McpTestProject project = new McpTestProject(dir, db.urlText(), engine, false);
            try (McpSyncClient client = project.stdioClient()) {
                McpSchema.CallToolResult first = call(client, "generate_migration", args("message", "create notes"));
                assertThat(first.isError()).as(text(first)).isFalse();
                assertThat(structured(first).path("content").asString()).contains("CREATE TABLE notes");
                assertThat(call(client, "apply_migration", args()).isError()).isFalse();
                assertThat(columns(db, "notes")).containsExactly("id", "title");

                // the agent edits the entity: a new field
                compile(entity("    @Column(length = 40)\n    private String author;\n"));
                McpSchema.CallToolResult diff = call(client, "diff_schema", args());
                assertThat(diff.isError()).as(text(diff)).isFalse();
                JsonNode plan = structured(diff);
                assertThat(plan.path("changes")).hasSize(1);
                assertThat(plan.path("changes").get(0).path("type").asString()).isEqualTo("AddColumn");
                assertThat(plan.path("forwardSql").asString()).contains("author");

                McpSchema.CallToolResult dry = call(client, "generate_migration", args("message", "add author", "dry_run", true));
                assertThat(structured(dry).path("path").isNull()).isTrue();
                try (var files = Files.list(dir.resolve("migrations/versions"))) {
                    assertThat(files.count()).isEqualTo(1);
                }
                McpSchema.CallToolResult written = call(client, "generate_migration", args("message", "add author"));
                assertThat(written.isError()).as(text(written)).isFalse();
                assertThat(structured(written).path("path").asString()).endsWith("_add_author.sql");
                assertThat(structured(written).path("verificationNote").asString()).contains("rollback verified");

                assertThat(call(client, "apply_migration", args()).isError()).isFalse();
                assertThat(columns(db, "notes")).containsExactly("id", "title", "author");
                JsonNode status = structured(call(client, "migration_status", args()));
                assertThat(status.path("status").path("applied").asInt()).isEqualTo(2);
                assertThat(status.path("drift").path("differences").isEmpty()).isTrue();
                McpSchema.CallToolResult none = call(client, "generate_migration", args("message", "nothing"));
                assertThat(structured(none).path("message").asString()).contains("no changes");

                // a hand-written index the entity does not declare: listed, kept, dropped only when asked in so many words
                execute(db, "CREATE INDEX notes_by_author ON notes (author)");
                JsonNode kept = structured(call(client, "diff_schema", args("diagram", true)));
                assertThat(kept.path("changes").isEmpty()).as(kept.toString()).isTrue();
                assertThat(kept.path("databaseOnly").get(0).asString()).isEqualTo("index notes_by_author on notes(author)");
                assertThat(kept.path("extraDropped").asBoolean()).isFalse();
                assertThat(kept.path("diagram").asString()).startsWith("erDiagram\n").contains("    notes {\n");
                assertThat(structured(call(client, "generate_migration", args("message", "nothing either"))).path("message").asString())
                        .contains("no changes").contains("kept 1 object only in the database");
                JsonNode dropping = structured(call(client, "diff_schema", args("drop_extra", true)));
                assertThat(dropping.path("changes")).hasSize(1);
                assertThat(dropping.path("changes").get(0).path("type").asString()).isEqualTo("DropIndex");
                assertThat(dropping.path("extraDropped").asBoolean()).isTrue();
                execute(db, engine == EngineKind.MARIADB ? "DROP INDEX notes_by_author ON notes" : "DROP INDEX notes_by_author");

                McpSchema.CallToolResult rollback = call(client, "rollback", args());
                assertThat(rollback.isError()).as(text(rollback)).isFalse();
                assertThat(columns(db, "notes")).containsExactly("id", "title");

                McpSchema.CallToolResult traversal = call(client, "diff_schema", args("to_sql", "../../etc/passwd"));
                assertThat(traversal.isError()).isTrue();
                assertThat(text(traversal)).contains("inside the project folder");
            }
        }
    }

    private static void execute(TestDatabase db, String sql) throws Exception {
        try (var c = db.connect(); var st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static String entity(String extraFields) {
        return """
                package demo.model;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "notes")
                public class Note {
                    @Id
                    private Long id;

                    @Column(nullable = false, length = 120)
                    private String title;

                %s}
                """.formatted(extraFields);
    }

    private void compile(String source) throws Exception {
        Path src = dir.resolve("models/src/demo/model/Note.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, source);
        Path classes = dir.resolve("models/classes");
        Files.createDirectories(classes);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int rc = javac.run(null, null, errors, "-classpath", System.getProperty("java.class.path"),
                "-d", classes.toString(), src.toString());
        assertThat(rc).as(errors.toString()).isZero();
    }
}
