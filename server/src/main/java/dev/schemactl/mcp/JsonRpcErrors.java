package dev.schemactl.mcp;

import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** HTTP error bodies as JSON-RPC error responses: a code, one sentence, the HTTP status; never a stack trace. */
final class JsonRpcErrors {
    static final String CONTENT_TYPE = "application/json; charset=utf-8";
    static final int UNAUTHORIZED = -32001;
    static final int FORBIDDEN = -32003;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonRpcErrors() {
    }

    static int codeFor(int httpStatus) {
        if (httpStatus == 401) return UNAUTHORIZED;
        if (httpStatus == 403) return FORBIDDEN;
        if (httpStatus >= 500) return -32603;
        return -32600;
    }

    static byte[] body(int httpStatus, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", codeFor(httpStatus));
        error.put("message", message);
        error.put("data", Map.of("httpStatus", httpStatus));
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("jsonrpc", "2.0");
        response.put("id", null);
        response.put("error", error);
        return JSON.writeValueAsString(response).getBytes(StandardCharsets.UTF_8);
    }

    /** A fixed sentence per status: the error handler never repeats exception text. */
    static String message(int httpStatus) {
        return switch (httpStatus) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized: send 'Authorization: Bearer <token>' (the token schemactl serve printed, or SCHEMACTL_MCP_TOKEN)";
            case 403 -> "Forbidden";
            case 404 -> "Not Found: the MCP endpoints are /mcp (Streamable HTTP) and /sse with /messages (HTTP+SSE)";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 413 -> "Payload Too Large";
            case 415 -> "Unsupported Media Type";
            case 431 -> "Request Header Fields Too Large";
            case 503 -> "Service Unavailable: the server is shutting down";
            default -> httpStatus >= 500 ? "Internal Server Error: see the server's stderr log" : "HTTP error " + httpStatus;
        };
    }
}
