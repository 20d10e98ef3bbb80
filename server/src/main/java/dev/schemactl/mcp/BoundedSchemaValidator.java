package dev.schemactl.mcp;

import io.modelcontextprotocol.json.schema.JsonSchemaValidator;

import java.util.Map;

/**
 * The SDK's JSON Schema validator with short error messages: a rejected 1 MB argument must not come
 * back (or reach the log) as a 1 MB message.
 */
final class BoundedSchemaValidator implements JsonSchemaValidator {
    private static final int MAX_MESSAGE = 500;
    private final JsonSchemaValidator delegate;

    BoundedSchemaValidator(JsonSchemaValidator delegate) {
        this.delegate = delegate;
    }

    @Override
    public ValidationResponse validate(Map<String, Object> schema, Object structuredContent) {
        ValidationResponse r = delegate.validate(schema, structuredContent);
        if (r.valid() || r.errorMessage() == null || r.errorMessage().length() <= MAX_MESSAGE) return r;
        return ValidationResponse.asInvalid(r.errorMessage().substring(0, MAX_MESSAGE) + "… (message shortened)");
    }

    @Override
    public ValidationResponse validateSchema(Map<String, Object> schema) {
        return delegate.validateSchema(schema);
    }
}
