package dev.schemactl.mcp;

import dev.schemactl.cli.Json;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.testing.Cli;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Raw JSON-RPC lines on the server's stdin, without the SDK client: malformed lines do not end the session. */
class McpStdioProtocolTest {
    @TempDir
    Path dir;

    @Test
    void aMalformedLineGetsAParseErrorAndTheSessionGoesOn() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.H2)) {
            McpTestProject project = McpTestProject.of(dir, db);
            Process server = new Cli(dir).env("DATABASE_URL", db.urlText()).start("serve", "--project", dir.toString());
            BlockingQueue<String> stdout = new LinkedBlockingQueue<>();
            List<String> allStdout = Collections.synchronizedList(new ArrayList<>());
            List<String> stderr = Collections.synchronizedList(new ArrayList<>());
            Thread out = pump(server, true, line -> {
                stdout.add(line);
                allStdout.add(line);
            });
            Thread err = pump(server, false, stderr::add);
            OutputStream in = server.getOutputStream();
            try {
                send(in, "this is not json {");
                JsonNode parseError = next(stdout);
                assertThat(parseError.path("jsonrpc").asString()).isEqualTo("2.0");
                assertThat(parseError.has("id")).isTrue();
                assertThat(parseError.path("id").isNull()).isTrue();
                assertThat(parseError.path("error").path("code").asInt()).isEqualTo(-32700);

                send(in, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\","
                        + "\"capabilities\":{},\"clientInfo\":{\"name\":\"raw\",\"version\":\"1\"}}}");
                JsonNode init = next(stdout);
                assertThat(init.path("id").asInt()).isEqualTo(1);
                assertThat(init.path("result").path("serverInfo").path("name").asString()).isEqualTo("schemactl");
                send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");

                send(in, "[1, 2, 3]");
                JsonNode batch = next(stdout);
                assertThat(batch.path("error").path("code").asInt()).isEqualTo(-32600);
                assertThat(batch.path("id").isNull()).isTrue();

                send(in, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}");
                JsonNode list = next(stdout);
                assertThat(list.path("id").asInt()).isEqualTo(2);
                assertThat(list.path("result").path("tools").size()).isEqualTo(McpTestProject.TOOLS.length);

                send(in, "{\"jsonrpc\":\"2.0\",\"id\":");
                assertThat(next(stdout).path("error").path("code").asInt()).isEqualTo(-32700);
                send(in, "{\"id\":9,\"hello\":\"world\"}");
                JsonNode notAMessage = next(stdout);
                assertThat(notAMessage.path("error").path("code").asInt()).isEqualTo(-32600);
                assertThat(notAMessage.path("id").asInt()).isEqualTo(9);

                send(in, "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":\"migration_status\",\"arguments\":{}}}");
                JsonNode status = next(stdout);
                assertThat(status.path("id").asInt()).isEqualTo(3);
                assertThat(status.path("result").path("isError").asBoolean()).isFalse();
                assertThat(status.path("result").path("structuredContent").path("status").path("pending").asInt()).isEqualTo(2);
            } finally {
                in.close();
            }
            assertThat(server.waitFor(30, TimeUnit.SECONDS)).as("the server stops when stdin ends").isTrue();
            out.join(5000);
            err.join(5000);
            assertThat(server.exitValue()).isZero();
            // stdout carried only protocol messages; the logs went to stderr
            assertThat(allStdout.size()).as("stdout lines").isEqualTo(7);
            for (String line : allStdout) {
                assertThat(Json.MAPPER.readTree(line).path("jsonrpc").asString()).as(line).isEqualTo("2.0");
            }
            assertThat(String.join("\n", stderr)).contains("answered a malformed stdin line with JSON-RPC error -32700");
            assertThat(project.dir).isEqualTo(dir);
        }
    }

    private static void send(OutputStream in, String line) throws Exception {
        in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        in.flush();
    }

    private static JsonNode next(BlockingQueue<String> lines) throws Exception {
        String line = lines.poll(60, TimeUnit.SECONDS);
        assertThat(line).as("a response line within 60 s").isNotNull();
        return Json.MAPPER.readTree(line);
    }

    private static Thread pump(Process p, boolean stdout, java.util.function.Consumer<String> sink) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(
                    stdout ? p.getInputStream() : p.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) sink.accept(line);
            } catch (Exception ignored) {
                // process ended
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }
}
