package dev.schemactl.mcp;

import dev.schemactl.cli.Json;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.testing.MigrationFiles;
import dev.schemactl.testing.Cli;
import dev.schemactl.testing.DbFacts;
import dev.schemactl.testing.TestDatabase;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpSchema;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** A temp project with two migrations, and ways to run `schemactl serve` against it as a real process. */
final class McpTestProject {
    /** Every tool the server offers. */
    static final String[] TOOLS = {"diff_schema", "generate_migration", "score_risk", "migration_status", "apply_migration",
            "rollback"};
    static final String V1 = "20260101000000";
    static final String V2 = "20260102000000";

    final Path dir;
    final String url;
    /** More environment for the server process (e.g. the approval key). */
    final Map<String, String> env = new java.util.HashMap<>();

    McpTestProject(Path dir, String url, EngineKind engine) throws IOException {
        this(dir, url, engine, true);
    }

    /** A project; with {@code widgets} it starts with two widget migrations (V1, V2). */
    McpTestProject(Path dir, String url, EngineKind engine, boolean widgets) throws IOException {
        this.dir = dir;
        this.url = url;
        if (!widgets) return;
        migration(V1, "create_widgets", engine,
                "CREATE TABLE widgets (id INT PRIMARY KEY, name VARCHAR(50));\n--rollback DROP TABLE widgets;");
        migration(V2, "add_price", engine,
                "ALTER TABLE widgets ADD price INT;\n--rollback ALTER TABLE widgets DROP COLUMN price;");
    }

    static McpTestProject of(Path dir, TestDatabase db) throws IOException {
        return new McpTestProject(dir, db.urlText(), db.engine());
    }

    void migration(String version, String slug, EngineKind engine, String... changesets) throws IOException {
        MigrationFiles.write(dir, version, slug, engine, changesets);
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The command line of `schemactl serve --project DIR` with this test's classpath. */
    List<String> serveCommand(String... extra) {
        List<String> command = new ArrayList<>(List.of("-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), "dev.schemactl.cli.Main", "serve", "--project", dir.toString()));
        command.addAll(List.of(extra));
        return command;
    }

    /** The SDK's own client, talking to a `schemactl serve` subprocess over stdio. */
    McpSyncClient stdioClient(Consumer<McpSchema.ProgressNotification> progress,
                              Consumer<McpSchema.LoggingMessageNotification> logs) {
        ServerParameters params = ServerParameters.builder(java())
                .args(serveCommand())
                .env(serverEnv())
                .build();
        StdioClientTransport transport = new StdioClientTransport(params, McpJsonDefaults.getMapper());
        transport.setStdErrorHandler(line -> System.err.println("[server] " + line));
        McpSyncClient client = McpClient.sync(transport)
                .requestTimeout(Duration.ofSeconds(90))
                .initializationTimeout(Duration.ofSeconds(60))
                .clientInfo(new McpSchema.Implementation("schemactl-test", "1"))
                .progressConsumer(progress == null ? p -> { } : progress)
                .loggingConsumer(logs == null ? l -> { } : logs)
                .build();
        client.initialize();
        return client;
    }

    private Map<String, String> serverEnv() {
        Map<String, String> all = new java.util.HashMap<>(env);
        all.put("DATABASE_URL", url);
        return all;
    }

    McpSyncClient stdioClient() {
        return stdioClient(null, null);
    }

    /** A client that declares the elicitation capability and answers every form with {@code human}. */
    McpSyncClient elicitingClient(java.util.function.Function<McpSchema.ElicitFormRequest, McpSchema.ElicitResult> human) {
        ServerParameters params = ServerParameters.builder(java()).args(serveCommand()).env(serverEnv()).build();
        StdioClientTransport transport = new StdioClientTransport(params, McpJsonDefaults.getMapper());
        transport.setStdErrorHandler(line -> System.err.println("[server] " + line));
        McpSyncClient client = McpClient.sync(transport)
                .requestTimeout(Duration.ofSeconds(90))
                .initializationTimeout(Duration.ofSeconds(60))
                .clientInfo(new McpSchema.Implementation("schemactl-test-human", "1"))
                .capabilities(McpSchema.ClientCapabilities.builder().elicitation().build())
                .elicitation(human)
                .build();
        client.initialize();
        return client;
    }

    /** `schemactl --format json ARGS` in-process: what the CLI face prints for the same use case. */
    JsonNode cliJson(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--format");
        all.add("json");
        Cli.Run run = new Cli(dir).env("DATABASE_URL", url).run(all.toArray(String[]::new));
        if (run.exit() != 0) throw new AssertionError("schemactl " + all + " failed: " + run.all());
        return Json.MAPPER.readTree(run.out());
    }

    static McpSchema.CallToolResult call(McpSyncClient client, String tool, Map<String, Object> arguments) {
        return client.callTool(new McpSchema.CallToolRequest(tool, arguments));
    }

    static Map<String, Object> args(Object... pairs) {
        Map<String, Object> out = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) out.put((String) pairs[i], pairs[i + 1]);
        return out;
    }

    static String text(McpSchema.CallToolResult result) {
        StringBuilder out = new StringBuilder();
        for (McpSchema.Content c : result.content()) {
            if (c instanceof McpSchema.TextContent t) out.append(t.text());
        }
        return out.toString();
    }

    static JsonNode structured(McpSchema.CallToolResult result) {
        return Json.MAPPER.valueToTree(result.structuredContent());
    }

    static List<String> columns(TestDatabase db, String table) throws SQLException {
        return DbFacts.columns(db, table);
    }

    static List<String> tables(TestDatabase db) throws SQLException {
        return DbFacts.tables(db);
    }

    static int trackingRows(TestDatabase db) throws SQLException {
        return DbFacts.trackingRows(db);
    }
}
