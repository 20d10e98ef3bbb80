package dev.schemactl.mcp;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * Stands in front of the SDK's stdio transport, which ends the session on the first line it cannot
 * parse: it reads stdin line by line, answers a malformed line itself on stdout with a JSON-RPC error
 * (-32700 parse error, or -32600 invalid request; id null unless the line had one) and forwards only
 * valid JSON-RPC messages. Writes to stdout lock the same object as the SDK's writer, so lines never
 * interleave. At the end of stdin it waits for the answers to requests already forwarded, so
 * {@code printf '...' | schemactl serve} gets every response before the server stops.
 */
final class JsonLineGate extends InputStream {
    private static final Logger LOG = LoggerFactory.getLogger(JsonLineGate.class);
    static final int MAX_LINE = 32 * 1024 * 1024;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final InputStream in;
    private final ProtocolOut out;
    private final JsonRpcScreen screen;
    private final CountDownLatch ended = new CountDownLatch(1);
    private final Set<String> inFlight = new HashSet<>();
    private final Duration drainTimeout;
    private byte[] current = new byte[0];
    private int position;
    private boolean eof;

    JsonLineGate(InputStream in, OutputStream out, McpJsonMapper mcpMapper, Duration drainTimeout) {
        this.in = new BufferedInputStream(in, 64 * 1024);
        this.out = new ProtocolOut(out);
        this.screen = new JsonRpcScreen(mcpMapper);
        this.drainTimeout = drainTimeout;
    }

    /** The stream the SDK must write to: stdout, watched for the answers to forwarded requests. */
    OutputStream output() {
        return out;
    }

    /** Blocks until stdin ends. */
    void awaitEnd() throws InterruptedException {
        ended.await();
    }

    @Override
    public int read() throws IOException {
        if (!fill()) return -1;
        return current[position++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) return 0;
        if (!fill()) return -1;
        int n = Math.min(len, current.length - position);
        System.arraycopy(current, position, b, off, n);
        position += n;
        return n;
    }

    @Override
    public int available() {
        return current.length - position;
    }

    @Override
    public void close() throws IOException {
        ended.countDown();
        in.close();
    }

    /** Makes sure there are bytes of a valid line to hand out; false at end of input. */
    private boolean fill() throws IOException {
        while (position >= current.length) {
            if (eof) return false;
            byte[] line = nextLine();
            if (line == null) {
                eof = true;
                awaitAnswers();
                ended.countDown();
                return false;
            }
            String text = new String(line, StandardCharsets.UTF_8);
            if (text.isBlank() || !admitSafely(text)) continue;
            current = (text.strip() + "\n").getBytes(StandardCharsets.UTF_8);
            position = 0;
        }
        return true;
    }

    /** One line without its terminator; null at end of input. Over-long lines are answered and skipped. */
    private byte[] nextLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        boolean tooLong = false;
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') break;
            if (tooLong) continue;
            if (line.size() >= MAX_LINE) {
                tooLong = true;
                line.reset();
                continue;
            }
            line.write(c);
        }
        if (c == -1 && line.size() == 0 && !tooLong) return null;
        if (tooLong) {
            answer(new JsonRpcScreen.Refuse(null, McpSchema.ErrorCodes.INVALID_REQUEST, "Invalid Request: message longer than " + MAX_LINE + " bytes"));
            return new byte[0];
        }
        return line.toByteArray();
    }

    /** No line, however odd, may stop the reader: anything unforeseen is answered as a parse error. */
    private boolean admitSafely(String line) {
        try {
            return admit(line);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.warn("could not judge a stdin line: {}", e.getClass().getSimpleName());
            answer(new JsonRpcScreen.Refuse(null, McpSchema.ErrorCodes.PARSE_ERROR, "Parse error: the line could not be read"));
            return false;
        }
    }

    /** True when the line is a JSON-RPC message the SDK can take; otherwise answers it (when due) and returns false. */
    private boolean admit(String line) {
        JsonRpcScreen.Verdict verdict = screen.screen(line);
        if (verdict instanceof JsonRpcScreen.Admit admit) {
            if (admit.requestId() != null) {
                synchronized (inFlight) {
                    inFlight.add(admit.requestId());
                }
            }
            return true;
        }
        if (verdict instanceof JsonRpcScreen.Refuse refuse) {
            answer(refuse);
        } else if (verdict instanceof JsonRpcScreen.Drop drop) {
            LOG.warn("ignored a malformed notification or response on stdin: {}", drop.why());
        }
        return false;
    }

    private void awaitAnswers() {
        long deadline = System.nanoTime() + drainTimeout.toNanos();
        synchronized (inFlight) {
            while (!inFlight.isEmpty()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    LOG.warn("stdin ended; {} request(s) still unanswered", inFlight.size());
                    return;
                }
                try {
                    inFlight.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void answered(byte[] line) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JacksonException e) {
            return;
        }
        if (node == null || !node.isObject() || !(node.has("result") || node.has("error"))) return;
        JsonNode id = node.get("id");
        if (id == null || id.isNull()) return;
        synchronized (inFlight) {
            if (inFlight.remove(id.isString() ? id.asString() : id.toString())) inFlight.notifyAll();
        }
    }

    /** stdout: passes every byte through and notes which forwarded requests got their answer. */
    private final class ProtocolOut extends OutputStream {
        private final OutputStream target;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        ProtocolOut(OutputStream target) {
            this.target = target;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[]{(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            target.write(b, off, len);
            int start = off;
            for (int i = off; i < off + len; i++) {
                if (b[i] == '\n') {
                    line.write(b, start, i - start);
                    answered(line.toByteArray());
                    line.reset();
                    start = i + 1;
                }
            }
            line.write(b, start, off + len - start);
        }

        @Override
        public void flush() throws IOException {
            target.flush();
        }

        @Override
        public void close() throws IOException {
            target.close();
        }
    }

    private void answer(JsonRpcScreen.Refuse refuse) {
        byte[] bytes = (refuse.json() + "\n").getBytes(StandardCharsets.UTF_8);
        LOG.warn("answered a malformed stdin line with JSON-RPC error {}", refuse.code());
        try {
            synchronized (out) {
                out.write(bytes);
                out.flush();
            }
        } catch (IOException e) {
            LOG.debug("could not write the error response", e);
        }
    }
}
