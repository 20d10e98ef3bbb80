package dev.schemactl.mcp;

import io.modelcontextprotocol.json.schema.JsonSchemaValidator;

import java.util.Map;
import java.util.function.Supplier;

/**
 * The SDK's JSON Schema validator with short error messages: a rejected 1 MB argument must not come
 * back (or reach the log) as a 1 MB message. The SDK's validator is made at the first validation, not
 * when the server starts: its JSON Schema library (some 260 classes) is not needed to answer `initialize`, as
 * the SDK's start-up check of the tools' schemas is answered for the jar's own schema files ({@link ToolSchemas#bundled}).
 */
final class BoundedSchemaValidator implements JsonSchemaValidator {
    private static final int MAX_MESSAGE = 500;
    private final Supplier<JsonSchemaValidator> make;
    private volatile JsonSchemaValidator delegate;

    BoundedSchemaValidator(Supplier<JsonSchemaValidator> make) {
        this.make = make;
    }

    private JsonSchemaValidator delegate() {
        JsonSchemaValidator d = delegate;
        if (d == null) {
            synchronized (this) {
                if (delegate == null) delegate = make.get();
                d = delegate;
            }
        }
        return d;
    }

    @Override
    public ValidationResponse validate(Map<String, Object> schema, Object structuredContent) {
        ValidationResponse r = delegate().validate(schema, structuredContent);
        if (r.valid() || r.errorMessage() == null || r.errorMessage().length() <= MAX_MESSAGE) return r;
        return ValidationResponse.asInvalid(r.errorMessage().substring(0, MAX_MESSAGE) + "… (message shortened)");
    }

    @Override
    public ValidationResponse validateSchema(Map<String, Object> schema) {
        // the jar's own schema files were validated by the build (ToolSchemasTest); anything else is checked here
        if (ToolSchemas.bundled(schema)) return ValidationResponse.asValid(null);
        return delegate().validateSchema(schema);
    }
}
