package dev.schemactl.mcp;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;

/** Jetty's error pages replaced by JSON-RPC error objects: no HTML, no exception text, no stack trace. */
final class JsonErrorHandler extends ErrorHandler {

    JsonErrorHandler() {
        setShowStacks(false);
        setShowCauses(false);
        setShowMessageInTitle(false);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = request.getAttribute(ERROR_STATUS) instanceof Integer s ? s : response.getStatus();
        if (status < 400) status = 500;
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, JsonRpcErrors.CONTENT_TYPE);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, ByteBuffer.wrap(JsonRpcErrors.body(status, JsonRpcErrors.message(status))), callback);
        return true;
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, JsonRpcErrors.CONTENT_TYPE);
        return ByteBuffer.wrap(JsonRpcErrors.body(status, JsonRpcErrors.message(status)));
    }
}
