package dev.schemactl.mcp;

import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import dev.schemactl.protect.ProtectedServer;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.HttpServletSseServerTransportProvider;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import jakarta.servlet.DispatcherType;
import org.eclipse.jetty.ee11.servlet.FilterHolder;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;

/**
 * MCP over HTTP on Jetty: Streamable HTTP at {@code /mcp}, the legacy HTTP+SSE transport at {@code /sse}
 * (events) and {@code /messages} (posts). Every request passes {@link McpSecurityFilter}; every error
 * body is a JSON-RPC error object ({@link JsonErrorHandler}).
 */
public final class McpHttpServer implements AutoCloseable {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8787;
    private static final int MAX_REQUEST = 4 * 1024 * 1024;

    private final Server jetty;
    private final McpSyncServer streamable;
    private final McpSyncServer sse;

    private McpHttpServer(Server jetty, McpSyncServer streamable, McpSyncServer sse) {
        this.jetty = jetty;
        this.streamable = streamable;
        this.sse = sse;
    }

    public static McpHttpServer start(SchemactlMcpServer features, String host, int port, String token) {
        return start(features, host, port, new McpSecurityFilter(token, host), null);
    }

    /**
     * A protected server: bearer tokens checked against the config's agent token hashes, and the approvals endpoint
     * ({@link ApprovalServlet}) beside /mcp.
     */
    public static McpHttpServer startProtected(SchemactlMcpServer features, String host, int port, ProtectedServer server) {
        String publicHost = null;
        if (server.config().publicUrl() != null) {
            try {
                publicHost = java.net.URI.create(server.config().publicUrl()).getHost();
            } catch (IllegalArgumentException e) {
                throw new SchemactlException(ErrorCode.CONFIG, "public_url " + server.config().publicUrl() + " is not a URL",
                        "e.g. public_url: https://schemactl.internal:8787");
            }
        }
        McpSecurityFilter filter = new McpSecurityFilter(given -> {
            var agent = server.config().agent(given);
            return agent == null ? null : agent.name();
        }, host, publicHost);
        return start(features, host, port, filter, server);
    }

    private static McpHttpServer start(SchemactlMcpServer features, String host, int port, McpSecurityFilter filter,
                                       ProtectedServer protectedServer) {
        var streamableTransport = HttpServletStreamableServerTransportProvider.builder()
                .jsonMapper(features.jsonMapper())
                .mcpEndpoint("/mcp")
                .contextExtractor(McpHttpServer::agentContext)
                .maxRequestSize(MAX_REQUEST)
                .build();
        var sseTransport = HttpServletSseServerTransportProvider.builder()
                .jsonMapper(features.jsonMapper())
                .sseEndpoint("/sse")
                .messageEndpoint("/messages")
                .contextExtractor(McpHttpServer::agentContext)
                .maxRequestSize(MAX_REQUEST)
                .build();
        McpSyncServer streamable = features.build(McpServer.sync(streamableTransport));
        McpSyncServer sse = features.build(McpServer.sync(sseTransport));

        Server jetty = new Server();
        jetty.setStopAtShutdown(true);
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost(host);
        connector.setPort(port);
        // a tool call may wait minutes (a human answering an elicitation): do not cut idle streams before the request timeout
        connector.setIdleTimeout(SchemactlMcpServer.REQUEST_TIMEOUT.plusMinutes(1).toMillis());
        jetty.addConnector(connector);

        ServletContextHandler context = new ServletContextHandler("/");
        context.addFilter(new FilterHolder(filter), "/*",
                EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC));
        // only the JSON-RPC endpoints: the protected server's approval endpoints speak their own JSON
        for (String jsonRpcPath : new String[] {"/mcp", "/messages"}) {
            context.addFilter(new FilterHolder(new JsonRpcScreenFilter(new JsonRpcScreen(features.jsonMapper()), MAX_REQUEST)),
                    jsonRpcPath, EnumSet.of(DispatcherType.REQUEST));
        }
        ServletHolder mcp = new ServletHolder("mcp-streamable", streamableTransport);
        mcp.setAsyncSupported(true);
        context.addServlet(mcp, "/mcp");
        ServletHolder legacy = new ServletHolder("mcp-sse", sseTransport);
        legacy.setAsyncSupported(true);
        context.addServlet(legacy, "/sse");
        context.addServlet(legacy, "/messages");
        if (protectedServer != null) {
            context.addServlet(new ServletHolder("approvals", new ApprovalServlet(protectedServer, java.time.Clock.systemUTC())),
                    ApprovalServlet.PATH + "/*");
        }
        context.setErrorHandler(new JsonErrorHandler());
        jetty.setErrorHandler(new JsonErrorHandler());
        jetty.setHandler(context);
        try {
            jetty.start();
        } catch (IOException e) {
            stopQuietly(jetty);
            throw new SchemactlException(ErrorCode.USAGE, "cannot listen on " + host + ":" + port + ": " + e.getMessage(),
                    "choose another --port (or --port 0 for any free port)", e);
        } catch (Exception e) {
            stopQuietly(jetty);
            throw new SchemactlException(ErrorCode.INTERNAL, "cannot start the HTTP server: " + e.getMessage(),
                    "run with --verbose and report it", e);
        }
        return new McpHttpServer(jetty, streamable, sse);
    }

    /** The agent name the security filter found for the request's bearer token, for the tools (audit actor). */
    private static io.modelcontextprotocol.common.McpTransportContext agentContext(jakarta.servlet.http.HttpServletRequest request) {
        Object agent = request.getAttribute(McpSecurityFilter.AGENT_ATTRIBUTE);
        return agent == null ? io.modelcontextprotocol.common.McpTransportContext.EMPTY
                : io.modelcontextprotocol.common.McpTransportContext.create(java.util.Map.of(ToolCall.AGENT, agent));
    }

    /** A random bearer token (256 bits, URL-safe). */
    public static String generateToken() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public int port() {
        return ((ServerConnector) jetty.getConnectors()[0]).getLocalPort();
    }

    public void join() throws InterruptedException {
        jetty.join();
    }

    @Override
    public void close() {
        streamable.closeGracefully();
        sse.closeGracefully();
        stopQuietly(jetty);
    }

    private static void stopQuietly(Server jetty) {
        try {
            jetty.stop();
        } catch (Exception ignored) {
            // stopping anyway
        }
    }
}
