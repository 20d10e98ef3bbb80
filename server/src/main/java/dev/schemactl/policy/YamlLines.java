package dev.schemactl.policy;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each node of a YAML document starts: JSON pointer → 1-based line. Built by walking the document with
 * Jackson's YAML parser and its token locations; object members map to the line of their key.
 */
final class YamlLines {
    private final Map<String, Integer> lines = new HashMap<>();

    private YamlLines() {
    }

    static YamlLines index(YAMLMapper mapper, String yaml) {
        YamlLines out = new YamlLines();
        try (JsonParser p = mapper.createParser(yaml)) {
            JsonToken t = p.nextToken();
            if (t != null) out.value(p, "");
        }
        return out;
    }

    /** The line of the node at {@code pointer}, or of its nearest ancestor that has one; 1 when none does. */
    int lineOf(String pointer) {
        String p = pointer;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) return line;
            if (p.isEmpty()) return 1;
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    /** The JSON pointer of a path given as its elements (property names and array indexes). */
    static String pointer(List<Object> elements) {
        StringBuilder s = new StringBuilder();
        for (Object e : elements) s.append('/').append(escape(String.valueOf(e)));
        return s.toString();
    }

    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private void value(JsonParser p, String pointer) {
        lines.putIfAbsent(pointer, p.currentTokenLocation().getLineNr());
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String child = pointer + "/" + escape(p.currentName());
                lines.put(child, p.currentTokenLocation().getLineNr());
                p.nextToken();
                value(p, child);
            }
        } else if (t == JsonToken.START_ARRAY) {
            int i = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                value(p, pointer + "/" + i++);
            }
        }
    }
}
