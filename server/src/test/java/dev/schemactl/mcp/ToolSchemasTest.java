package dev.schemactl.mcp;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The tools' schema files are valid JSON Schemas by the SDK's own validator: what lets a server start without running
 * that validator (BoundedSchemaValidator answers the SDK's start-up check for exactly these maps).
 */
class ToolSchemasTest {
    private final JsonSchemaValidator sdk = McpJsonDefaults.getSchemaValidator();

    @Test
    void everyBundledSchemaIsValidByTheSdksValidator() {
        assertThat(ToolRegistry.tools()).isNotEmpty();
        for (McpTool tool : ToolRegistry.tools()) {
            for (Map<String, Object> schema : new Map[] {ToolSchemas.input(tool.name()), ToolSchemas.output(tool.name())}) {
                JsonSchemaValidator.ValidationResponse r = sdk.validateSchema(schema);
                assertThat(r.valid()).as(tool.name() + ": " + r.errorMessage()).isTrue();
                assertThat(ToolSchemas.bundled(schema)).isTrue();
            }
        }
    }

    @Test
    void anyOtherSchemaIsStillCheckedAndABundledOneCannotChange() {
        BoundedSchemaValidator validator = new BoundedSchemaValidator(McpJsonDefaults::getSchemaValidator);
        Map<String, Object> input = ToolSchemas.input(ToolRegistry.tools().get(0).name());
        assertThat(validator.validateSchema(input).valid()).isTrue();
        // an equal copy is not the bundled map: the real validator judges it
        Map<String, Object> broken = new LinkedHashMap<>(input);
        broken.put("type", 5);
        assertThat(ToolSchemas.bundled(broken)).isFalse();
        assertThat(validator.validateSchema(broken).valid()).isFalse();
        assertThatThrownBy(() -> input.put("type", 5)).isInstanceOf(UnsupportedOperationException.class);
    }
}
