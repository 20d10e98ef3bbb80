package dev.schemactl.mcp;

import dev.schemactl.cli.Json;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.testing.Cli;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 500 generated stdin lines of every odd kind (ids beyond 64 bits, fractional and object ids, non-object
 * arguments, nested junk, invalid UTF-8, batches, multi-megabyte lines, notifications, client responses)
 * through a real {@code schemactl serve} process: every request gets exactly one reply, every unusable line one
 * error with id null, notifications and responses none; afterwards a normal tool call still works.
 */
class McpStdioFuzzTest {
    private static final int MESSAGES = 500;
    private static final String INIT = "{\"jsonrpc\":\"2.0\",\"id\":\"init\",\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
            + "\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"fuzz\",\"version\":\"1\"}}}";

    @TempDir
    Path dir;

    /** One generated line and what it must get back: a reply to {@code id}, one id-null error, or nothing. */
    private record Message(byte[] line, String expectsId, boolean expectsNullReply) {
        static Message request(String line, String id) {
            return new Message(line.getBytes(StandardCharsets.UTF_8), id, false);
        }

        static Message unusable(byte[] line) {
            return new Message(line, null, true);
        }

        static Message unusable(String line) {
            return unusable(line.getBytes(StandardCharsets.UTF_8));
        }

        static Message silent(String line) {
            return new Message(line.getBytes(StandardCharsets.UTF_8), null, false);
        }
    }

    @Test
    void everyRequestGetsItsReplyAndNoLineStopsTheReader() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.H2)) {
            McpTestProject.of(dir, db);
            List<Message> messages = generate(new Random(20261202L));
            Process server = new Cli(dir).env("DATABASE_URL", db.urlText()).start("serve", "--project", dir.toString());
            List<String> stdout = Collections.synchronizedList(new ArrayList<>());
            List<String> stderr = Collections.synchronizedList(new ArrayList<>());
            Thread out = pump(server, true, stdout);
            Thread err = pump(server, false, stderr);
            OutputStream in = server.getOutputStream();
            long started = System.nanoTime();
            write(in, INIT.getBytes(StandardCharsets.UTF_8));
            write(in, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}".getBytes(StandardCharsets.UTF_8));
            for (Message m : messages) write(in, m.line());
            write(in, "{\"jsonrpc\":\"2.0\",\"id\":\"after\",\"method\":\"tools/call\",\"params\":{\"name\":\"migration_status\",\"arguments\":{}}}"
                    .getBytes(StandardCharsets.UTF_8));
            in.close();
            assertThat(server.waitFor(180, TimeUnit.SECONDS)).as("the server answers everything and stops when stdin ends").isTrue();
            out.join(10_000);
            err.join(10_000);
            double seconds = (System.nanoTime() - started) / 1e9;

            Map<String, Integer> repliesById = new HashMap<>();
            int nullReplies = 0;
            JsonNode after = null;
            for (String line : stdout) {
                JsonNode reply = Json.MAPPER.readTree(line);
                assertThat(reply.path("jsonrpc").asString()).as(line).isEqualTo("2.0");
                assertThat(reply.has("result") ^ reply.has("error")).as(line).isTrue();
                assertThat(line).as("no Java exception text in a reply").doesNotContain("Exception", "jackson.", "\tat ");
                JsonNode id = reply.get("id");
                if (id == null || id.isNull()) {
                    nullReplies++;
                    continue;
                }
                String key = id.isString() ? id.asString() : id.toString();
                repliesById.merge(key, 1, Integer::sum);
                if (key.equals("after")) after = reply;
            }
            List<String> expectedIds = new ArrayList<>(List.of("init", "after"));
            int expectedNull = 0;
            for (Message m : messages) {
                if (m.expectsId() != null) expectedIds.add(m.expectsId());
                if (m.expectsNullReply()) expectedNull++;
            }
            for (String id : expectedIds) assertThat(repliesById.get(id)).as("replies to id " + id).isEqualTo(1);
            assertThat(repliesById.keySet()).as("nothing answered a notification or a response")
                    .containsExactlyInAnyOrderElementsOf(expectedIds);
            assertThat(nullReplies).as("one id-null error per unusable line").isEqualTo(expectedNull);
            assertThat(after).isNotNull();
            assertThat(after.path("result").path("isError").asBoolean()).as(after.toString()).isFalse();
            assertThat(after.path("result").path("structuredContent").path("status").path("pending").asInt()).isEqualTo(2);
            assertThat(String.join("\n", stderr)).as("no stack traces without --verbose").doesNotContain("\tat ");
            assertThat(server.exitValue()).isZero();
            System.out.printf("fuzz: %d messages (%d requests, %d unusable) answered in %.1f s%n",
                    messages.size(), expectedIds.size() - 2, expectedNull, seconds);
        }
    }

    private static List<Message> generate(Random random) {
        List<Message> messages = new ArrayList<>();
        for (int n = 0; n < MESSAGES; n++) {
            String id = "f" + n;
            String q = "\"" + id + "\"";
            messages.add(switch (random.nextInt(24)) {
                case 0 -> Message.request("{\"jsonrpc\":\"2.0\",\"id\":" + q + ",\"method\":\"ping\"}", id);
                case 1 -> Message.request("{\"jsonrpc\":\"2.0\",\"id\":" + (1_000_000L + n) + ",\"method\":\"tools/list\"}",
                        String.valueOf(1_000_000L + n));
                case 2 -> Message.request("{\"jsonrpc\":\"2.0\",\"id\":" + q + ",\"method\":\"no/such/" + n + "\"}", id);
                case 3 -> Message.request("{\"jsonrpc\":\"2.0\",\"id\":" + q + ",\"method\":\"tools/call\",\"params\":{\"name\":"
                        + "\"migration_status\",\"arguments\":" + oneOf(random, "[1,2,3]", "\"x\"", "7", "true", "[]", "[{}]") + "}}", id);
                case 4 -> Message.request("{\"jsonrpc\":\"2.0\",\"id\":" + q + ",\"method\":\"tools/call\",\"params\":{\"name\":"
                        + "\"migration_status\",\"arguments\":{\"junk" + n + "\":" + junkValue(random, 3) + "}}}", id);
                case 5 -> Message.unusable("{\"jsonrpc\":\"2.0\",\"id\":" + oneOf(random, "18446744073709551616",
                        "9223372036854775808", "-9223372036854775809", "1" + "0".repeat(400)) + ",\"method\":\"ping\"}");
                case 6 -> Message.unusable("{\"jsonrpc\":\"2.0\",\"id\":" + oneOf(random, "1.5", "1e3", "-0.0", "3.0")
                        + ",\"method\":\"ping\"}");
                case 7 -> Message.unusable("{\"jsonrpc\":\"2.0\",\"id\":" + oneOf(random, "true", "{}", "[1]", "null", "{\"a\":[1]}")
                        + ",\"method\":\"ping\"}");
                case 8 -> Message.unusable(garbage(random));
                case 9 -> Message.unusable("[".repeat(2000 + random.nextInt(8000)));
                case 10 -> Message.unusable("[" + "{\"jsonrpc\":\"2.0\",\"id\":" + q + ",\"method\":\"ping\"}," + "{\"jsonrpc\":\"2.0\","
                        + "\"method\":\"notifications/initialized\"}]");
                case 11 -> Message.silent(oneOf(random, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}",
                        "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{\"requestId\":\"nope\"}}",
                        "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/whatever\",\"params\":{\"x\":" + junkValue(random, 4) + "}}",
                        "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/progress\",\"params\":{\"progressToken\":1,\"progress\":\"a\"}}"));
                case 12 -> Message.silent("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\",\"params\":"
                        + oneOf(random, "5", "\"s\"", "[1]", "true") + "}");
                case 13 -> Message.silent("{\"jsonrpc\":\"2.0\",\"id\":\"r" + n + "\"," + oneOf(random, "\"result\":{}",
                        "\"error\":{\"code\":1,\"message\":\"m\"}") + "}");
                case 14 -> n % 50 == 0
                        ? Message.request("{\"jsonrpc\":\"2.0\",\"id\":" + q + ",\"method\":\"ping\",\"params\":{\"big\":\""
                        + "x".repeat(2 * 1024 * 1024) + "\"}}", id)
                        : Message.request("{\"jsonrpc\":\"2.0\",\"id\":" + q + ",\"method\":\"ping\",\"params\":{\"s\":\""
                        + "y".repeat(random.nextInt(100_000)) + "\"}}", id);
                case 15 -> Message.request("{\"jsonrpc\":\"" + oneOf(random, "1.0", "2", "") + "\",\"id\":" + q + ",\"method\":\"ping\"}", id);
                case 16 -> Message.request("{\"jsonrpc\":\"2.0\",\"id\":" + q + ",\"method\":" + oneOf(random, "5", "null", "[]", "{}") + "}", id);
                case 17 -> Message.unusable(oneOf(random, "{}", "[]", "5", "\"ping\"", "null", "true", "{\"hello\":1}"));
                case 18 -> Message.request("{\"jsonrpc\":\"2.0\",\"id\":\"ü-" + id + "-\\u0000\",\"method\":\"ping\"}", "ü-" + id + "-\u0000");
                case 19 -> new Message(invalidUtf8Request(id), id, false);
                case 20 -> Message.request("{\"jsonrpc\":\"2.0\",\"id\":" + q + ",\"method\":\"ping\",\"params\":{\"deep\":"
                        + "[".repeat(100) + "]".repeat(100) + "}}", id);
                case 21 -> Message.request("{\"jsonrpc\":\"2.0\",\"id\":" + q + ",\"method\":\"" + oneOf(random, "resources/read",
                        "prompts/get", "tools/call", "initialize", "logging/setLevel", "completion/complete") + "\",\"params\":"
                        + junkObject(random, 3) + "}", id);
                case 22 -> Message.request("{\"jsonrpc\":\"2.0\",\"id\":" + q + ",\"method\":\"ping\",\"params\":" + oneOf(random,
                        "5", "\"x\"", "[1,2]", "true") + "}", id);
                default -> Message.request("{\"jsonrpc\":\"2.0\",\"id\":" + q + ",\"method\":\"tools/call\",\"params\":{\"name\":"
                        + oneOf(random, "\"nope\"", "\"migration_status; DROP TABLE x\"", "5", "null") + ",\"arguments\":{}}}", id);
            });
        }
        return messages;
    }

    private static String oneOf(Random random, String... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static String junkValue(Random random, int depth) {
        int kind = random.nextInt(depth <= 0 ? 5 : 7);
        return switch (kind) {
            case 0 -> String.valueOf(random.nextLong());
            case 1 -> "\"" + "z".repeat(random.nextInt(20)) + "\\n\\\"\\u00e9\"";
            case 2 -> "1e" + random.nextInt(300);
            case 3 -> "null";
            case 4 -> String.valueOf(random.nextBoolean());
            case 5 -> "[" + junkValue(random, depth - 1) + "," + junkValue(random, depth - 1) + "]";
            default -> junkObject(random, depth - 1);
        };
    }

    private static String junkObject(Random random, int depth) {
        return "{\"k" + random.nextInt(9) + "\":" + junkValue(random, depth) + ",\"name\":" + junkValue(random, 0) + "}";
    }

    /** Bytes that are not JSON (and not blank, which a reader skips), including invalid UTF-8; never a newline. */
    private static byte[] garbage(Random random) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write('#');
        int length = 1 + random.nextInt(200);
        for (int i = 0; i < length; i++) {
            int b = random.nextInt(256);
            bytes.write(b == '\n' || b == '\r' ? 0xff : b);
        }
        return bytes.toByteArray();
    }

    /** A valid ping whose params carry bytes that are not UTF-8 (read as U+FFFD): still a request to answer. */
    private static byte[] invalidUtf8Request(String id) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(("{\"jsonrpc\":\"2.0\",\"id\":\"" + id + "\",\"method\":\"ping\",\"params\":{\"s\":\"").getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[]{(byte) 0xff, (byte) 0xfe, (byte) 0xc3, (byte) 0x28, (byte) 0xe2, (byte) 0x82});
        bytes.writeBytes("\"}}".getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }

    private static void write(OutputStream in, byte[] line) throws Exception {
        in.write(line);
        in.write('\n');
        in.flush();
    }

    private static Thread pump(Process p, boolean stdout, List<String> sink) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(
                    stdout ? p.getInputStream() : p.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) sink.add(line);
            } catch (Exception ignored) {
                // process ended
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }
}
