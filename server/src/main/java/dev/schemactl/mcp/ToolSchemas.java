package dev.schemactl.mcp;

import dev.schemactl.cli.Json;
import tools.jackson.core.type.TypeReference;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;

/** The JSON Schemas of the tools, kept as resource files {@code mcp/schemas/<tool>.input.json} / {@code .output.json}. */
final class ToolSchemas {
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private ToolSchemas() {
    }

    static Map<String, Object> input(String tool) {
        return load(tool + ".input.json");
    }

    static Map<String, Object> output(String tool) {
        return load(tool + ".output.json");
    }

    /** The property names an input schema declares. */
    @SuppressWarnings("unchecked")
    static Set<String> properties(Map<String, Object> schema) {
        Object p = schema.get("properties");
        return p instanceof Map<?, ?> m ? Set.copyOf(((Map<String, Object>) m).keySet()) : Set.of();
    }

    private static Map<String, Object> load(String file) {
        String path = "mcp/schemas/" + file;
        try (InputStream in = ToolSchemas.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing tool schema resource " + path);
            return Json.MAPPER.readValue(in, MAP);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read tool schema " + path + ": " + e.getMessage(), e);
        }
    }
}
