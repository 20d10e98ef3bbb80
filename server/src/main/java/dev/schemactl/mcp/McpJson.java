package dev.schemactl.mcp;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson3.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The SDK's JSON mapper (Jackson 3) with one change: an {@link McpError} is written as a JSON-RPC
 * error object. The SDK's HTTP servlets write McpError bodies with the mapper, which by default
 * serializes the exception itself, stack trace included.
 */
final class McpJson {
    private static final int MAX_MESSAGE = 300;

    private McpJson() {
    }

    static McpJsonMapper mapper() {
        SimpleModule module = new SimpleModule("schemactl-mcp-errors");
        module.addSerializer(McpError.class, new ValueSerializer<>() {
            @Override
            public void serialize(McpError e, JsonGenerator g, SerializationContext ctx) {
                McpSchema.JSONRPCResponse.JSONRPCError error = e.getJsonRpcError();
                String message = error == null || error.message() == null ? "Internal error" : error.message();
                if (message.length() > MAX_MESSAGE) message = message.substring(0, MAX_MESSAGE) + "…";
                g.writeStartObject();
                g.writeStringProperty("jsonrpc", "2.0");
                g.writeNullProperty("id");
                g.writeName("error");
                g.writeStartObject();
                g.writeNumberProperty("code", error == null || error.code() == null ? McpSchema.ErrorCodes.INTERNAL_ERROR : error.code());
                g.writeStringProperty("message", message);
                g.writeEndObject();
                g.writeEndObject();
            }
        });
        return new JacksonMcpJsonMapper(JsonMapper.shared().rebuild().addModule(module).build());
    }
}
