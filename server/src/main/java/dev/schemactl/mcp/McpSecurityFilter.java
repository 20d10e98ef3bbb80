package dev.schemactl.mcp;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * In front of every HTTP endpoint: the Host header must name this machine and an Origin header, when
 * present, a page on this machine (DNS rebinding protection) — else 403; then a bearer token must
 * match — else 401. Both answers are JSON-RPC error objects.
 */
final class McpSecurityFilter implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger(McpSecurityFilter.class);
    static final Set<String> LOCAL_NAMES = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    /** The request attribute holding the name of the agent whose bearer token a protected server accepted. */
    static final String AGENT_ATTRIBUTE = "dev.schemactl.agent";

    private final Function<String, String> bearer;
    private final Set<String> allowedHosts;

    /** @param extraHost the host the server binds when not a loopback name (also allowed), or null */
    McpSecurityFilter(String token, String extraHost) {
        this(constantTime(token), extraHost, null);
    }

    /**
     * @param bearer     whether a presented bearer token is valid
     * @param publicHost the host name of the server's public URL (also allowed), or null
     */
    McpSecurityFilter(Function<String, String> bearer, String extraHost, String publicHost) {
        this.bearer = bearer;
        Set<String> hosts = extraHost == null || extraHost.isBlank() || extraHost.equals("0.0.0.0") || extraHost.equals("::")
                ? LOCAL_NAMES
                : union(LOCAL_NAMES, extraHost.toLowerCase(Locale.ROOT));
        this.allowedHosts = publicHost == null || publicHost.isBlank() ? hosts : union(hosts, publicHost.toLowerCase(Locale.ROOT));
    }

    /** One token, no agent names: "" when it matches, null when not. */
    private static Function<String, String> constantTime(String token) {
        byte[] expected = token.getBytes(StandardCharsets.UTF_8);
        return given -> MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected) ? "" : null;
    }

    private static Set<String> union(Set<String> a, String b) {
        java.util.HashSet<String> s = new java.util.HashSet<>(a);
        s.add(b);
        s.add(b.contains(":") && !b.startsWith("[") ? "[" + b + "]" : b);
        return Set.copyOf(s);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String host = request.getHeader("Host");
        if (host == null || !allowedHosts.contains(hostName(host))) {
            reject(response, 403, "Forbidden: the Host header must name this machine (localhost, 127.0.0.1 or [::1])", request);
            return;
        }
        String origin = request.getHeader("Origin");
        if (origin != null && !allowedOrigin(origin)) {
            reject(response, 403, "Forbidden: requests from the web origin in the Origin header are not allowed", request);
            return;
        }
        if (isApprovals(request)) {
            // a human's approve --server: the signature is the credential, the agent's bearer token is not needed
            chain.doFilter(req, res);
            return;
        }
        String agent = agent(request.getHeader("Authorization"));
        if (agent == null) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"schemactl\"");
            reject(response, 401, JsonRpcErrors.message(401), request);
            return;
        }
        if (!agent.isEmpty()) request.setAttribute(AGENT_ATTRIBUTE, agent);
        chain.doFilter(req, res);
    }

    /** The agent the bearer token names ("" when the server does not name agents); null when it is not valid. */
    private String agent(String header) {
        if (header == null || header.length() < 8 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) return null;
        return bearer.apply(header.substring(7).trim());
    }

    /** By the servlet the container mapped the request to (after it normalized the path), never by the raw URI. */
    private static boolean isApprovals(HttpServletRequest request) {
        return ApprovalServlet.PATH.equals(request.getServletPath());
    }

    static String hostName(String hostHeader) {
        String h = hostHeader.trim().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(0, end + 1);
        }
        int colon = h.lastIndexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }

    private boolean allowedOrigin(String origin) {
        try {
            URI uri = new URI(origin.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) return false;
            String host = uri.getHost();
            if (host == null) return false;
            host = host.toLowerCase(Locale.ROOT);
            return allowedHosts.contains(host) || allowedHosts.contains("[" + host + "]");
        } catch (Exception e) {
            return false;
        }
    }

    private static void reject(HttpServletResponse response, int status, String message, HttpServletRequest request) throws IOException {
        LOG.warn("refused {} {} with HTTP {}", request.getMethod(), request.getRequestURI(), status);
        response.setStatus(status);
        response.setContentType(JsonRpcErrors.CONTENT_TYPE);
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(JsonRpcErrors.body(status, message));
    }
}
