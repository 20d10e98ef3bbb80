package dev.schemactl.mcp;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The HTTP side of {@link JsonRpcScreen}: a POSTed JSON-RPC message the SDK could not map is answered here
 * with a plain JSON-RPC error (HTTP 200 when it answers a request's id, else HTTP 400), so neither
 * transport ever replies with Java exception text or an empty stream. Admitted bodies go on unchanged.
 */
final class JsonRpcScreenFilter implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger(JsonRpcScreenFilter.class);
    private final JsonRpcScreen screen;
    private final int maxBody;

    JsonRpcScreenFilter(JsonRpcScreen screen, int maxBody) {
        this.screen = screen;
        this.maxBody = maxBody;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        if (!"POST".equalsIgnoreCase(request.getMethod())) {
            chain.doFilter(req, res);
            return;
        }
        HttpServletResponse response = (HttpServletResponse) res;
        byte[] body = readBounded(request.getInputStream());
        if (body == null) {
            write(response, 413, JsonRpcErrors.body(413, JsonRpcErrors.message(413) + ": at most " + maxBody + " bytes"));
            return;
        }
        Charset charset = charset(request.getCharacterEncoding());
        JsonRpcScreen.Verdict verdict = screen.screen(new String(body, charset));
        if (verdict instanceof JsonRpcScreen.Refuse refuse) {
            LOG.warn("answered a malformed HTTP message with JSON-RPC error {}", refuse.code());
            write(response, refuse.id() == null ? 400 : 200, refuse.json().getBytes(StandardCharsets.UTF_8));
        } else if (verdict instanceof JsonRpcScreen.Drop drop) {
            LOG.warn("refused a malformed notification or response over HTTP: {}", drop.why());
            write(response, 400, new JsonRpcScreen.Refuse(null, -32600, "Invalid Request: " + drop.why()).json()
                    .getBytes(StandardCharsets.UTF_8));
        } else {
            chain.doFilter(new Replayed(request, body, charset), res);
        }
    }

    /** The body, or null when it is longer than the limit. */
    private byte[] readBounded(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) != -1) {
            if (out.size() + n > maxBody) return null;
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static Charset charset(String name) {
        try {
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
        } catch (RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }

    private static void write(HttpServletResponse response, int status, byte[] body) throws IOException {
        response.setStatus(status);
        response.setContentType(JsonRpcErrors.CONTENT_TYPE);
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(body);
    }

    /** The request with its body already read, handed out again. */
    private static final class Replayed extends HttpServletRequestWrapper {
        private final byte[] body;
        private final Charset charset;

        Replayed(HttpServletRequest request, byte[] body, Charset charset) {
            super(request);
            this.body = body;
            this.charset = charset;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("the body was already read");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
