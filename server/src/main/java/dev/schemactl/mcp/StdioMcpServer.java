package dev.schemactl.mcp;

import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;

import java.io.InputStream;
import java.io.OutputStream;

/** MCP over stdio: newline-delimited JSON-RPC on stdin/stdout; stdout carries nothing else. */
public final class StdioMcpServer {
    private StdioMcpServer() {
    }

    /** Serves until stdin ends. {@code out} must be the real stdout, used for protocol messages only. */
    public static void run(SchemactlMcpServer features, InputStream in, OutputStream out) throws InterruptedException {
        JsonLineGate gate = new JsonLineGate(in, out, features.jsonMapper(), SchemactlMcpServer.REQUEST_TIMEOUT);
        StdioServerTransportProvider transport = new StdioServerTransportProvider(features.jsonMapper(), gate,
                gate.output(), JsonLineGate.MAX_LINE + 1);
        McpSyncServer server = features.build(McpServer.sync(transport));
        gate.awaitEnd();
        server.closeGracefully();
    }
}
