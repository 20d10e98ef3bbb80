package dev.schemactl.mcp;

import dev.schemactl.engine.EngineKind;
import dev.schemactl.testing.TestDatabase;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.schemactl.mcp.McpTestProject.V1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Prompts from prompts/*.md and the resources, through the SDK client over stdio. */
class McpPromptsAndResourcesTest {
    @TempDir
    Path dir;

    @Test
    void promptsComeFromTheToolsPromptsFolderAndEmbedTheMigration() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.H2)) {
            McpTestProject project = McpTestProject.of(dir, db);
            try (McpSyncClient client = project.stdioClient()) {
                List<McpSchema.Prompt> prompts = client.listPrompts().prompts();
                assertThat(prompts).extracting(McpSchema.Prompt::name)
                        .containsExactlyInAnyOrder("review_migration", "explain_risk", "plan_safe_rollout");
                for (McpSchema.Prompt p : prompts) {
                    assertThat(p.description()).as(p.name()).hasSizeGreaterThan(40);
                    assertThat(p.arguments()).as(p.name()).isNotEmpty();
                }
                McpSchema.Prompt review = prompts.stream().filter(p -> p.name().equals("review_migration")).findFirst().orElseThrow();
                assertThat(review.arguments()).extracting(McpSchema.PromptArgument::name).containsExactly("version", "environment");
                assertThat(review.arguments().get(0).required()).isTrue();

                McpSchema.GetPromptResult result = client.getPrompt(
                        new McpSchema.GetPromptRequest("review_migration", Map.of("version", V1, "environment", "staging")));
                assertThat(result.messages()).hasSize(2);
                String text = ((McpSchema.TextContent) result.messages().get(0).content()).text();
                assertThat(text).contains("migration " + V1).contains("Target environment: staging")
                        .contains("migration_status").doesNotContain("{{");
                McpSchema.EmbeddedResource embedded = (McpSchema.EmbeddedResource) result.messages().get(1).content();
                assertThat(((McpSchema.TextResourceContents) embedded.resource()).text())
                        .isEqualTo(Files.readString(dir.resolve("migrations/versions/" + V1 + "_create_widgets.sql")));

                McpSchema.GetPromptResult risk = client.getPrompt(new McpSchema.GetPromptRequest("explain_risk", Map.of("version", V1)));
                assertThat(risk.messages()).hasSize(3); // text, the migration, the policy note

                assertThatThrownBy(() -> client.getPrompt(new McpSchema.GetPromptRequest("review_migration", Map.of())))
                        .isInstanceOf(McpError.class).hasMessageContaining("needs the argument 'version'");
                assertThatThrownBy(() -> client.getPrompt(new McpSchema.GetPromptRequest("review_migration",
                        Map.of("version", "../../etc/passwd")))).isInstanceOf(McpError.class);
                assertThatThrownBy(() -> client.getPrompt(new McpSchema.GetPromptRequest("review_migration",
                        Map.of("version", V1, "extra", "x")))).isInstanceOf(McpError.class).hasMessageContaining("no argument 'extra'");
            }
        }
    }

    @Test
    void resourcesServeMigrationFilesAndThePolicy() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.H2)) {
            McpTestProject project = McpTestProject.of(dir, db);
            try (McpSyncClient client = project.stdioClient()) {
                assertThat(client.listResourceTemplates().resourceTemplates()).extracting(McpSchema.ResourceTemplate::uriTemplate)
                        .containsExactly("schemactl://migrations/{version}");
                assertThat(client.listResources().resources()).extracting(McpSchema.Resource::uri)
                        .containsExactlyInAnyOrder("schemactl://schema/live", "schemactl://schema/desired", "schemactl://schema/erd",
                                "schemactl://policy", "schemactl://audit");

                // the live schema, before and after applying the widgets migrations
                String before = ((McpSchema.TextResourceContents) client.readResource(
                        new McpSchema.ReadResourceRequest("schemactl://schema/live")).contents().get(0)).text();
                assertThat(before).contains("-- schemactl: engine=h2").doesNotContain("CREATE TABLE widgets");
                new dev.schemactl.testing.Cli(dir).env("DATABASE_URL", db.urlText()).run("up");
                String live = ((McpSchema.TextResourceContents) client.readResource(
                        new McpSchema.ReadResourceRequest("schemactl://schema/live")).contents().get(0)).text();
                assertThat(live).contains("CREATE TABLE widgets").contains("applied=" + V1 + "," + McpTestProject.V2);
                // the gate's decision for that `up` is in the audit ledger, with the policy and its digest
                tools.jackson.databind.JsonNode audit = dev.schemactl.cli.Json.MAPPER.readTree(((McpSchema.TextResourceContents)
                        client.readResource(new McpSchema.ReadResourceRequest("schemactl://audit")).contents().get(0)).text());
                assertThat(audit.path("entries")).hasSize(1);
                tools.jackson.databind.JsonNode entry = audit.path("entries").get(0);
                assertThat(entry.path("operation").asString()).isEqualTo("apply");
                assertThat(entry.path("outcome").asString()).isEqualTo("applied");
                assertThat(entry.path("decision").asString()).isEqualTo("allow");
                assertThat(entry.path("policySource").asString()).isEqualTo("built-in default policy");
                assertThat(entry.path("policyDigest").asString()).isEqualTo(dev.schemactl.policy.Policy.digestOf(null));
                assertThat(entry.path("actor").asString()).startsWith("cli:");
                // no models configured: the diagram draws the live database
                McpSchema.TextResourceContents erd = (McpSchema.TextResourceContents) client.readResource(
                        new McpSchema.ReadResourceRequest("schemactl://schema/erd")).contents().get(0);
                assertThat(erd.mimeType()).isEqualTo("text/vnd.mermaid");
                assertThat(erd.text()).startsWith("erDiagram\n").contains("    widgets {\n").contains(" id PK\n");
                // no models configured: the desired schema says how to configure them, as an error
                assertThatThrownBy(() -> client.readResource(new McpSchema.ReadResourceRequest("schemactl://schema/desired")))
                        .isInstanceOf(McpError.class).hasMessageContaining("models");

                McpSchema.ReadResourceResult file = client.readResource(new McpSchema.ReadResourceRequest("schemactl://migrations/" + V1));
                McpSchema.TextResourceContents contents = (McpSchema.TextResourceContents) file.contents().get(0);
                assertThat(contents.uri()).isEqualTo("schemactl://migrations/" + V1);
                assertThat(contents.text()).isEqualTo(Files.readString(dir.resolve("migrations/versions/" + V1 + "_create_widgets.sql")));

                assertThatThrownBy(() -> client.readResource(new McpSchema.ReadResourceRequest("schemactl://migrations/20991231235959")))
                        .isInstanceOf(McpError.class).hasMessageContaining("no migration with version 20991231235959");
                assertThatThrownBy(() -> client.readResource(new McpSchema.ReadResourceRequest("schemactl://migrations/..%2F..%2Fetc%2Fpasswd")))
                        .isInstanceOf(McpError.class).hasMessageNotContaining("root:");

                String note = ((McpSchema.TextResourceContents) client.readResource(
                        new McpSchema.ReadResourceRequest("schemactl://policy")).contents().get(0)).text();
                assertThat(note).startsWith("No policy file is configured");

                // settings are read per call: configuring a policy needs no restart
                Files.createDirectories(dir.resolve("policies"));
                Files.writeString(dir.resolve("policies/strict.yaml"), "rules:\n  drop_table: deny\n");
                Files.writeString(dir.resolve("schemactl.yaml"), "policy: policies/strict.yaml\n");
                String policy = ((McpSchema.TextResourceContents) client.readResource(
                        new McpSchema.ReadResourceRequest("schemactl://policy")).contents().get(0)).text();
                assertThat(policy).isEqualTo("rules:\n  drop_table: deny\n");
            }
        }
    }
}
