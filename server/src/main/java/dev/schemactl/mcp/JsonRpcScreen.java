package dev.schemactl.mcp;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigInteger;
import java.util.Map;

/**
 * Judges one incoming JSON-RPC message (a stdio line or an HTTP body) before the SDK sees it, on both
 * transports alike. The SDK ends a stdio reader or answers with Java exception text on input it cannot
 * map (ids beyond 64 bits, {@code arguments: [1,2,3]}, ...); here every such message gets a plain
 * JSON-RPC error instead: -32700 not JSON, -32600 not a usable message (id null when the id is unusable),
 * -32602 params that do not fit the method. Never throws.
 */
final class JsonRpcScreen {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final BigInteger MIN_ID = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger MAX_ID = BigInteger.valueOf(Long.MAX_VALUE);
    /** Request methods whose params the SDK maps onto a record: a mismatch is answered here as -32602. */
    private static final Map<String, Class<?>> PARAMS = Map.of(
            McpSchema.METHOD_INITIALIZE, McpSchema.InitializeRequest.class,
            McpSchema.METHOD_TOOLS_CALL, McpSchema.CallToolRequest.class,
            McpSchema.METHOD_RESOURCES_READ, McpSchema.ReadResourceRequest.class,
            McpSchema.METHOD_PROMPT_GET, McpSchema.GetPromptRequest.class,
            McpSchema.METHOD_LOGGING_SET_LEVEL, McpSchema.SetLevelRequest.class,
            McpSchema.METHOD_COMPLETION_COMPLETE, McpSchema.CompleteRequest.class,
            McpSchema.METHOD_TOOLS_LIST, McpSchema.PaginatedRequest.class,
            McpSchema.METHOD_RESOURCES_LIST, McpSchema.PaginatedRequest.class,
            McpSchema.METHOD_PROMPT_LIST, McpSchema.PaginatedRequest.class,
            McpSchema.METHOD_RESOURCES_TEMPLATES_LIST, McpSchema.PaginatedRequest.class);

    /** What to do with a message. */
    sealed interface Verdict permits Admit, Refuse, Drop {
    }

    /** Pass it on; {@code requestId} is set when it is a request that awaits an answer. */
    record Admit(String requestId) implements Verdict {
    }

    /** Answer it with this JSON-RPC error, do not pass it on. {@code id} is null when unusable. */
    record Refuse(Object id, int code, String message) implements Verdict {
        /** The error response as one JSON line (without the newline). */
        String json() {
            var error = new java.util.LinkedHashMap<String, Object>();
            error.put("code", code);
            error.put("message", message);
            var response = new java.util.LinkedHashMap<String, Object>();
            response.put("jsonrpc", "2.0");
            response.put("id", id);
            response.put("error", error);
            return JSON.writeValueAsString(response);
        }
    }

    /** A malformed notification or response: JSON-RPC answers nothing; do not pass it on. */
    record Drop(String why) implements Verdict {
    }

    private final McpJsonMapper mcpMapper;

    JsonRpcScreen(McpJsonMapper mcpMapper) {
        this.mcpMapper = mcpMapper;
    }

    Verdict screen(String text) {
        try {
            return judge(text);
        } catch (RuntimeException | StackOverflowError e) {
            return new Refuse(null, McpSchema.ErrorCodes.PARSE_ERROR, "Parse error: the message could not be read as JSON-RPC");
        }
    }

    private Verdict judge(String text) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (RuntimeException e) {
            return new Refuse(null, McpSchema.ErrorCodes.PARSE_ERROR, "Parse error: the message is not valid JSON");
        }
        if (node == null || node.isMissingNode()) {
            return new Refuse(null, McpSchema.ErrorCodes.PARSE_ERROR, "Parse error: the message is empty");
        }
        if (node.isArray()) {
            return invalid(null, "JSON-RPC batches are not supported (MCP 2025-06-18); send one message object at a time");
        }
        if (!node.isObject()) return invalid(null, "expected one JSON-RPC message object");
        JsonNode idNode = node.get("id");
        boolean hasId = idNode != null;
        Object id = usableId(idNode);
        if (hasId && id == null) {
            if (!node.has("method") && !(node.has("result") || node.has("error"))) {
                return invalid(null, "not a JSON-RPC 2.0 request, notification or response");
            }
            return invalid(null, "the id must be a string or an integer between -2^63 and 2^63-1");
        }
        if (!"2.0".equals(node.path("jsonrpc").stringValue(null))) {
            return hasId || !node.has("method") ? invalid(id, "\"jsonrpc\" must be \"2.0\"") : new Drop("jsonrpc is not 2.0");
        }
        JsonNode method = node.get("method");
        if (method == null) {
            if (hasId && (node.has("result") ^ node.has("error"))) return admitted(text, null, id);
            return invalid(id, "not a JSON-RPC 2.0 request, notification or response");
        }
        if (!method.isString()) {
            return hasId ? invalid(id, "\"method\" must be a string") : new Drop("method is not a string");
        }
        JsonNode params = node.get("params");
        if (params != null && !params.isNull() && !params.isObject()) {
            return hasId ? invalidParams(id, "\"params\" must be a JSON object") : new Drop("params is not an object");
        }
        if (!hasId) return admitted(text, null, null);
        String problem = paramsProblem(method.asString(), params);
        if (problem != null) return invalidParams(id, problem);
        return admitted(text, String.valueOf(id), id);
    }

    private Verdict admitted(String text, String requestId, Object id) {
        try {
            McpSchema.deserializeJsonRpcMessage(mcpMapper, text);
        } catch (Exception e) {
            return requestId == null && id == null ? new Drop("not a message the SDK reads")
                    : invalid(id, "not a JSON-RPC 2.0 request, notification or response");
        }
        return new Admit(requestId);
    }

    /** A plain sentence when the params do not fit what the method takes, else null. */
    private String paramsProblem(String method, JsonNode params) {
        if (McpSchema.METHOD_TOOLS_CALL.equals(method)) {
            if (params == null || params.isNull() || !params.path("name").isString()) {
                return "tools/call needs \"name\", the tool's name as a string";
            }
            JsonNode arguments = params.get("arguments");
            if (arguments != null && !arguments.isNull() && !arguments.isObject()) {
                return "the \"arguments\" of tools/call must be a JSON object of named arguments, not "
                        + kind(arguments);
            }
        }
        Class<?> type = PARAMS.get(method);
        if (type == null || params == null || params.isNull()) return null;
        try {
            mcpMapper.convertValue(JSON.treeToValue(params, Object.class), type);
            return null;
        } catch (RuntimeException e) {
            return "the params do not fit " + method + "; see the MCP specification for its fields";
        }
    }

    private static String kind(JsonNode node) {
        if (node.isArray()) return "an array";
        if (node.isString()) return "a string";
        if (node.isNumber()) return "a number";
        if (node.isBoolean()) return "a boolean";
        return "that value";
    }

    /** A string or a 64-bit integer id; null for anything else (absent, null, fraction, bigger, bool, object). */
    private static Object usableId(JsonNode id) {
        if (id == null || id.isNull()) return null;
        if (id.isString()) return id.asString();
        if (id.isIntegralNumber()) {
            BigInteger value = id.bigIntegerValue();
            return value.compareTo(MIN_ID) >= 0 && value.compareTo(MAX_ID) <= 0 ? (Object) value.longValue() : null;
        }
        return null;
    }

    private static Refuse invalid(Object id, String why) {
        return new Refuse(id, McpSchema.ErrorCodes.INVALID_REQUEST, "Invalid Request: " + why);
    }

    private static Refuse invalidParams(Object id, String why) {
        return new Refuse(id, McpSchema.ErrorCodes.INVALID_PARAMS, "Invalid params: " + why);
    }
}
