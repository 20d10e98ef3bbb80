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

    /** Every schema this class handed out (the SDK keeps the very maps it is given). */
    private static final Set<Map<String, Object>> BUNDLED = java.util.Collections.synchronizedSet(
            java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));

    private ToolSchemas() {
    }

    /**
     * Whether {@code schema} is one of the schema files of this jar, unchanged: ToolSchemasTest proves each of them a
     * valid JSON Schema with the SDK's own validator, so a server start need not prove it again (BoundedSchemaValidator).
     */
    static boolean bundled(Map<String, Object> schema) {
        return schema != null && BUNDLED.contains(schema);
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
            Map<String, Object> schema = deepUnmodifiable(Json.MAPPER.readValue(in, MAP));
            BUNDLED.add(schema);
            return schema;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read tool schema " + path + ": " + e.getMessage(), e);
        }
    }

    /** Read-only all the way down: a map that {@link #bundled} vouches for cannot change afterwards. */
    @SuppressWarnings("unchecked")
    private static <T> T deepUnmodifiable(T value) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> copy = new java.util.LinkedHashMap<>();
            m.forEach((k, v) -> copy.put((String) k, deepUnmodifiable(v)));
            return (T) java.util.Collections.unmodifiableMap(copy);
        }
        if (value instanceof java.util.List<?> l) {
            return (T) java.util.Collections.unmodifiableList(l.stream().map(ToolSchemas::deepUnmodifiable).toList());
        }
        return value;
    }
}
