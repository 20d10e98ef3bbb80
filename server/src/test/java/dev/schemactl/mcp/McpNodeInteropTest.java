package dev.schemactl.mcp;

import dev.schemactl.cli.Json;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Interoperability: the TypeScript SDK client (@modelcontextprotocol/sdk, pinned by
 * src/test/node/package-lock.json, installed with `npm ci` into target/node-interop) drives
 * `schemactl serve` over stdio. Skipped only when npm is not installed.
 */
class McpNodeInteropTest {
    @TempDir
    Path dir;

    @Test
    void theTypeScriptSdkClientListsToolsAndCallsMigrationStatus() throws Exception {
        Assumptions.assumeTrue(available("npm") && available("node"),
                "npm/node not found on PATH: skipping the TypeScript SDK interoperability test");
        Path work = installClient();
        try (TestDatabase db = TestDatabase.create(EngineKind.H2)) {
            McpTestProject project = McpTestProject.of(dir, db);
            Files.writeString(dir.resolve("schema.sql"), "CREATE TABLE gadgets (id INT PRIMARY KEY, label VARCHAR(30));");
            Result run = exec(work, 180, "node", "client.mjs", McpTestProject.java(),
                    System.getProperty("java.class.path"), project.dir.toString(), db.urlText());
            assertThat(run.exit()).as(run.err()).isZero();
            JsonNode out = Json.MAPPER.readTree(run.out().strip());
            assertThat(out.path("server").path("name").asString()).isEqualTo("schemactl");
            assertThat(out.path("tools").size()).isEqualTo(McpTestProject.TOOLS.length);
            for (JsonNode tool : out.path("tools")) {
                assertThat(tool.path("hasOutputSchema").asBoolean()).as(tool.toString()).isTrue();
            }
            assertThat(out.path("tools").findValuesAsString("name"))
                    .containsExactlyInAnyOrder(McpTestProject.TOOLS);
            JsonNode status = out.path("status");
            assertThat(status.path("isError").asBoolean()).isFalse();
            assertThat(status.path("structuredContent").path("status").path("pending").asInt()).isEqualTo(2);
            assertThat(status.path("structuredContent").path("status").path("migrations").get(0).path("version").asString())
                    .isEqualTo(McpTestProject.V1);
            assertThat(status.path("text").asString()).contains("0 applied, 2 pending");
            JsonNode diff = out.path("diff");
            assertThat(diff.path("isError").asBoolean()).as(diff.toString()).isFalse();
            assertThat(diff.path("structuredContent").path("forwardSql").asString()).contains("CREATE TABLE gadgets");
            JsonNode risk = out.path("risk");
            assertThat(risk.path("isError").asBoolean()).as(risk.toString()).isFalse();
            assertThat(risk.path("structuredContent").path("report").has("score")).isTrue();
            assertThat(out.path("invalid").path("isError").asBoolean()).isTrue();
            assertThat(out.path("invalid").path("text").asString()).contains("to_version").doesNotContain("Exception");
        }
    }

    @Test
    void theTypeScriptSdkCallToolShowsEveryErrorResultInsteadOfThrowing() throws Exception {
        Assumptions.assumeTrue(available("npm") && available("node"),
                "npm/node not found on PATH: skipping the TypeScript SDK interoperability test");
        Path work = installClient();
        try (TestDatabase db = TestDatabase.create(EngineKind.H2)) {
            McpTestProject project = McpTestProject.of(dir, db);
            assertTypeScriptSeesErrorResults(work, project.dir, db.urlText(), McpErrorCalls.all());
        }
        Path elsewhere = Files.createDirectories(dir.resolve("unreachable"));
        new McpTestProject(elsewhere, "postgres://u@127.0.0.1:1/nodb", EngineKind.POSTGRESQL, false);
        assertTypeScriptSeesErrorResults(work, elsewhere, "postgres://u@127.0.0.1:1/nodb", McpErrorCalls.reachingTheDatabase());
    }

    private void assertTypeScriptSeesErrorResults(Path work, Path project, String url, List<McpErrorCalls.Call> calls)
            throws Exception {
        Path file = Files.createTempFile(dir, "calls", ".json");
        Files.writeString(file, Json.MAPPER.writeValueAsString(calls));
        Result run = exec(work, 300, "node", "errors.mjs", McpTestProject.java(),
                System.getProperty("java.class.path"), project.toString(), url, file.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode results = Json.MAPPER.readTree(run.out().strip());
        assertThat(results.size()).isEqualTo(calls.size());
        for (JsonNode r : results) {
            String label = r.path("label").asString();
            assertThat(r.path("threw").asBoolean()).as(label + ": callTool threw " + r.path("message").asString()).isFalse();
            assertThat(r.path("isError").asBoolean()).as(label + ": " + r.path("text").asString()).isTrue();
            assertThat(r.path("hasStructuredContent").asBoolean()).as(label).isFalse();
            assertThat(r.path("text").asString()).as(label).isNotBlank().doesNotContain("Exception", "\tat ");
        }
    }

    /** Copies the client into target/node-interop and runs `npm ci` when the lock file changed. */
    private static Path installClient() throws Exception {
        Path source = Path.of("src/test/node").toAbsolutePath();
        Path work = Path.of("target/node-interop").toAbsolutePath();
        Files.createDirectories(work);
        for (String f : List.of("package.json", "package-lock.json", "client.mjs", "errors.mjs")) {
            Files.copy(source.resolve(f), work.resolve(f), StandardCopyOption.REPLACE_EXISTING);
        }
        Path marker = work.resolve("node_modules/.installed-lock");
        String lock = Files.readString(work.resolve("package-lock.json"));
        if (!Files.exists(marker) || !Files.readString(marker).equals(lock)) {
            Result ci = exec(work, 300, "npm", "ci", "--no-audit", "--no-fund", "--loglevel=error");
            assertThat(ci.exit()).as("npm ci failed: " + ci.err()).isZero();
            Files.writeString(marker, lock);
        }
        return work;
    }

    private static boolean available(String command) {
        try {
            return exec(Path.of("."), 30, command, "--version").exit() == 0;
        } catch (IOException e) {
            return false;
        } catch (Exception e) {
            return false;
        }
    }

    private record Result(int exit, String out, String err) {
    }

    private static Result exec(Path dir, long timeoutSeconds, String... command) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).start();
        p.getOutputStream().close();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish within " + timeoutSeconds + " s");
        }
        return new Result(p.exitValue(), out.get(10, TimeUnit.SECONDS), err.get(10, TimeUnit.SECONDS));
    }

    private static String read(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
