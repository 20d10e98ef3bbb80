package dev.schemactl.mcp;

import dev.schemactl.cli.Json;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.testing.Cli;
import dev.schemactl.testing.TestDatabase;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientSseClientTransport;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.client.transport.customizer.McpSyncHttpClientRequestCustomizer;
import io.modelcontextprotocol.spec.McpSchema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.schemactl.mcp.McpTestProject.call;
import static dev.schemactl.mcp.McpTestProject.structured;
import static dev.schemactl.mcp.McpTestProject.text;
import static org.assertj.core.api.Assertions.assertThat;

/** `schemactl serve --http` as a real process: both transports, the bearer token, Host/Origin checks, error bodies. */
class McpHttpTest {
    private static final String INIT = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
            + "\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"raw\",\"version\":\"1\"}}}";

    private static Path dir;
    private static TestDatabase db;
    private static Process server;
    private static final List<String> stderr = Collections.synchronizedList(new ArrayList<>());
    private static String base;
    private static int port;
    private static String token;
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startServer() throws Exception {
        dir = Files.createTempDirectory("schemactl-mcp-http-");
        db = TestDatabase.create(EngineKind.H2);
        McpTestProject.of(dir, db);
        // no SCHEMACTL_MCP_TOKEN: the server generates one and prints it to stderr
        server = new Cli(dir).env("DATABASE_URL", db.urlText()).env("SCHEMACTL_MCP_TOKEN", "")
                .start("serve", "--project", dir.toString(), "--http", "--port", "0");
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(server.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) stderr.add(line);
            } catch (Exception ignored) {
                // ended
            }
        });
        t.setDaemon(true);
        t.start();
        Pattern listening = Pattern.compile("at http://127\\.0\\.0\\.1:(\\d+)/mcp");
        Pattern tokenLine = Pattern.compile("bearer token .*: (\\S+)$");
        long deadline = System.currentTimeMillis() + 60_000;
        while ((port == 0 || token == null) && System.currentTimeMillis() < deadline) {
            synchronized (stderr) {
                for (String line : stderr) {
                    Matcher m = listening.matcher(line);
                    if (m.find()) port = Integer.parseInt(m.group(1));
                    Matcher k = tokenLine.matcher(line);
                    if (k.find()) token = k.group(1);
                }
            }
            if (!server.isAlive()) break;
            Thread.sleep(100);
        }
        assertThat(port).as("the server announced its port on stderr: " + stderr).isPositive();
        assertThat(token).as("the server printed a generated token").isNotNull();
        base = "http://127.0.0.1:" + port;
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
        if (db != null) db.close();
        if (dir != null) {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static McpSyncHttpClientRequestCustomizer bearer(String value) {
        return (builder, method, uri, body, context) -> builder.header("Authorization", "Bearer " + value);
    }

    @Test
    void streamableHttpClientWithTheBearerToken() {
        var transport = HttpClientStreamableHttpTransport.builder(base).endpoint("/mcp")
                .httpRequestCustomizer(bearer(token)).build();
        try (McpSyncClient client = McpClient.sync(transport).requestTimeout(Duration.ofSeconds(60)).build()) {
            client.initialize();
            assertThat(client.listTools().tools()).extracting(McpSchema.Tool::name)
                    .containsExactlyInAnyOrder(McpTestProject.TOOLS);
            McpSchema.CallToolResult status = call(client, "migration_status", Map.of());
            assertThat(status.isError()).as(text(status)).isFalse();
            assertThat(structured(status).path("status").path("pending").asInt()).isEqualTo(2);
            McpSchema.CallToolResult plan = call(client, "apply_migration", Map.of("dry_run", true));
            assertThat(structured(plan).path("plan").size()).isEqualTo(2);
        }
    }

    @Test
    void legacySseClientWithTheBearerToken() {
        var transport = HttpClientSseClientTransport.builder(base).sseEndpoint("/sse")
                .httpRequestCustomizer(bearer(token)).build();
        try (McpSyncClient client = McpClient.sync(transport).requestTimeout(Duration.ofSeconds(60)).build()) {
            client.initialize();
            assertThat(client.listTools().tools()).hasSize(McpTestProject.TOOLS.length);
            McpSchema.CallToolResult status = call(client, "migration_status", Map.of());
            assertThat(structured(status).path("status").path("engine").asString()).isEqualTo("h2");
        }
    }

    @Test
    void theTokenIsGeneratedPrintedOnceAndTheServerBindsLoopback() {
        assertThat(token).hasSizeGreaterThanOrEqualTo(40).matches("[A-Za-z0-9_-]+");
        assertThat(stderr.stream().filter(l -> l.contains(token)).count()).isEqualTo(1);
        assertThat(String.join("\n", stderr)).contains("at http://127.0.0.1:" + port + "/mcp (Streamable HTTP)")
                .contains("http://127.0.0.1:" + port + "/sse (HTTP+SSE)");
    }

    @Test
    void aTokenFromTheEnvironmentIsUsedAndNeverPrinted() throws Exception {
        String chosen = "chosen-token-" + System.nanoTime();
        Process other = new Cli(dir).env("DATABASE_URL", db.urlText()).env("SCHEMACTL_MCP_TOKEN", chosen)
                .start("serve", "--project", dir.toString(), "--http", "--port", "0");
        try {
            BufferedReader r = new BufferedReader(new InputStreamReader(other.getErrorStream(), StandardCharsets.UTF_8));
            StringBuilder seen = new StringBuilder();
            int otherPort = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                seen.append(line).append('\n');
                Matcher m = Pattern.compile("at http://127\\.0\\.0\\.1:(\\d+)/mcp").matcher(line);
                if (m.find()) {
                    otherPort = Integer.parseInt(m.group(1));
                    break;
                }
            }
            assertThat(otherPort).as(seen.toString()).isPositive();
            assertThat(seen.toString()).doesNotContain(chosen).doesNotContain("bearer token");
            HttpRequest.Builder init = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + otherPort + "/mcp"))
                    .header("Content-Type", "application/json").header("Accept", "application/json, text/event-stream")
                    .POST(HttpRequest.BodyPublishers.ofString(INIT));
            assertThat(send(init.copy().header("Authorization", "Bearer " + chosen)).statusCode()).isEqualTo(200);
            assertThat(send(init.copy().header("Authorization", "Bearer " + token)).statusCode()).isEqualTo(401);
        } finally {
            other.destroy();
            other.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void withoutTheBearerTokenEveryEndpointAnswers401() throws Exception {
        for (String path : List.of("/mcp", "/sse", "/messages?sessionId=x", "/anything")) {
            HttpResponse<String> none = http.send(post(path, INIT).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(none.statusCode()).as(path).isEqualTo(401);
            assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
            assertJsonRpcError(none, -32001);
        }
        HttpResponse<String> wrong = http.send(post("/mcp", INIT).header("Authorization", "Bearer " + token + "x").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertJsonRpcError(wrong, -32001);
        HttpResponse<String> basic = http.send(post("/mcp", INIT).header("Authorization", "Basic " + token).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(basic.statusCode()).isEqualTo(401);
        HttpResponse<String> get = http.send(HttpRequest.newBuilder(URI.create(base + "/sse")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(get.statusCode()).isEqualTo(401);
    }

    @Test
    void aForeignOriginIsRefusedWith403EvenWithTheToken() throws Exception {
        for (String origin : List.of("http://evil.example", "https://localhost.evil.example", "null", "file://")) {
            HttpResponse<String> r = http.send(post("/mcp", INIT).header("Authorization", "Bearer " + token)
                    .header("Origin", origin).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(origin).isEqualTo(403);
            assertJsonRpcError(r, -32003);
        }
        HttpResponse<String> local = http.send(post("/mcp", INIT).header("Authorization", "Bearer " + token)
                .header("Origin", "http://localhost:3000").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(local.statusCode()).isEqualTo(200);
        assertThat(Json.MAPPER.readTree(local.body()).path("result").path("serverInfo").path("name").asString()).isEqualTo("schemactl");
    }

    @Test
    void aForeignHostHeaderIsRefusedWith403() throws Exception {
        String evil = raw("POST /mcp HTTP/1.1\r\nHost: rebind.evil.example:" + port + "\r\nAuthorization: Bearer " + token
                + "\r\nContent-Type: application/json\r\nAccept: application/json, text/event-stream\r\nContent-Length: "
                + INIT.length() + "\r\nConnection: close\r\n\r\n" + INIT);
        assertThat(evil).startsWith("HTTP/1.1 403");
        JsonNode body = Json.MAPPER.readTree(evil.substring(evil.indexOf("\r\n\r\n") + 4));
        assertThat(body.path("error").path("code").asInt()).isEqualTo(-32003);
        assertThat(body.path("error").path("message").asString()).contains("Host");
        String local = raw("POST /mcp HTTP/1.1\r\nHost: localhost:" + port + "\r\nAuthorization: Bearer " + token
                + "\r\nContent-Type: application/json\r\nAccept: application/json, text/event-stream\r\nContent-Length: "
                + INIT.length() + "\r\nConnection: close\r\n\r\n" + INIT);
        assertThat(local).startsWith("HTTP/1.1 200");
    }

    @Test
    void errorBodiesAreJsonRpcErrorsWithoutStackTraces() throws Exception {
        List<HttpResponse<String>> responses = new ArrayList<>();
        responses.add(send(authorized(post("/mcp", "{not json"))));
        responses.add(send(authorized(post("/mcp", "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}"))));
        responses.add(send(authorized(post("/mcp", "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}"))
                .header("Mcp-Session-Id", "no-such-session")));
        responses.add(send(authorized(post("/nowhere", INIT))));
        responses.add(send(authorized(HttpRequest.newBuilder(URI.create(base + "/mcp")).PUT(HttpRequest.BodyPublishers.ofString("x")))));
        responses.add(send(authorized(post("/messages?sessionId=unknown", INIT))));
        assertThat(responses).extracting(HttpResponse::statusCode).containsExactly(400, 400, 404, 405, 405, 404);
        for (HttpResponse<String> r : responses) {
            assertThat(r.body()).as(r.uri() + " " + r.statusCode())
                    .doesNotContain("stackTrace", "\tat ", "Exception", ".java", "<html");
            JsonNode body = Json.MAPPER.readTree(r.body());
            assertThat(body.path("jsonrpc").asString()).as(r.body()).isEqualTo("2.0");
            assertThat(body.path("error").path("code").isInt()).as(r.body()).isTrue();
            assertThat(body.path("error").path("message").asString()).as(r.body()).isNotBlank();
        }
        assertThat(server.isAlive()).isTrue();
    }

    @Test
    void anEmptyOrMissingHostHeaderIsRefusedWith403() throws Exception {
        for (String hostLine : List.of("Host:\r\n", "Host: \r\n")) {
            String reply = raw("POST /mcp HTTP/1.1\r\n" + hostLine + "Authorization: Bearer " + token
                    + "\r\nContent-Type: application/json\r\nAccept: application/json, text/event-stream\r\nContent-Length: "
                    + INIT.length() + "\r\nConnection: close\r\n\r\n" + INIT);
            assertThat(reply).as(hostLine).startsWith("HTTP/1.1 4").doesNotContain("serverInfo");
        }
        String http10 = raw("POST /mcp HTTP/1.0\r\nAuthorization: Bearer " + token
                + "\r\nContent-Type: application/json\r\nAccept: application/json, text/event-stream\r\nContent-Length: "
                + INIT.length() + "\r\n\r\n" + INIT);
        assertThat(http10).startsWith("HTTP/1.1 403").doesNotContain("serverInfo");
    }

    @Test
    void unusableMessagesGetPlainJsonRpcErrorsOverStreamableHttp() throws Exception {
        HttpResponse<String> init = send(authorized(post("/mcp", INIT)));
        assertThat(init.statusCode()).isEqualTo(200);
        String session = init.headers().firstValue("Mcp-Session-Id").orElseThrow();
        send(authorized(post("/mcp", "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}"))
                .header("Mcp-Session-Id", session));
        for (String arguments : List.of("[1,2,3]", "\"x\"")) {
            HttpResponse<String> r = send(authorized(post("/mcp", "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/call\","
                    + "\"params\":{\"name\":\"migration_status\",\"arguments\":" + arguments + "}}"))
                    .header("Mcp-Session-Id", session));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            JsonNode body = Json.MAPPER.readTree(r.body());
            assertThat(body.path("id").asInt()).isEqualTo(7);
            assertThat(body.path("error").path("code").asInt()).isEqualTo(-32602);
            assertThat(body.path("error").path("message").asString()).contains("arguments").doesNotContain("Exception", "jackson");
        }
        for (String id : List.of("18446744073709551616", "-9223372036854775809", "1.5", "true", "{}")) {
            HttpResponse<String> r = send(authorized(post("/mcp", "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"ping\"}"))
                    .header("Mcp-Session-Id", session));
            assertThat(r.statusCode()).as(id).isEqualTo(400);
            assertJsonRpcError(r, -32600);
            assertThat(r.body()).as(id).doesNotContain("BigInteger", "jackson", "Exception");
        }
        HttpResponse<String> ping = send(authorized(post("/mcp", "{\"jsonrpc\":\"2.0\",\"id\":9223372036854775807,\"method\":\"ping\"}"))
                .header("Mcp-Session-Id", session));
        assertThat(ping.statusCode()).as(ping.body()).isEqualTo(200);
        assertThat(ping.body()).contains("9223372036854775807").contains("result");
    }

    private HttpRequest.Builder post(String path, String body) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static HttpRequest.Builder authorized(HttpRequest.Builder b) {
        return b.header("Authorization", "Bearer " + token);
    }

    private static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertJsonRpcError(HttpResponse<String> r, int code) {
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        JsonNode body = Json.MAPPER.readTree(r.body());
        assertThat(body.path("jsonrpc").asString()).isEqualTo("2.0");
        assertThat(body.path("id").isNull()).isTrue();
        assertThat(body.path("error").path("code").asInt()).isEqualTo(code);
        assertThat(r.body()).doesNotContain("stackTrace", "\tat ", "Exception");
    }

    /** One raw HTTP/1.1 exchange (java.net.http refuses to set the Host header). */
    private static String raw(String request) throws Exception {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
