package dev.schemactl.source;

import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * A Spring Boot application's own settings file(s), flattened to dotted keys: {@code application.properties} over
 * {@code application.yml} / {@code .yaml} in the first folder that has one. YAML documents activated only for a
 * profile ({@code spring.config.activate.on-profile}) are skipped: schemactl reads the default profile.
 *
 * @param origin the files read, for messages
 */
public record ApplicationProperties(Map<String, String> values, String origin) {
    private static final List<String> YAML_NAMES = List.of("application.yml", "application.yaml");

    public ApplicationProperties {
        values = java.util.Collections.unmodifiableMap(new TreeMap<>(values));
    }

    /** The settings of the first folder that holds an application.properties or application.y(a)ml. */
    public static Optional<ApplicationProperties> find(List<Path> folders) {
        for (Path folder : folders) {
            Path properties = folder.resolve("application.properties");
            List<Path> read = new ArrayList<>();
            Map<String, String> values = new TreeMap<>();
            for (String yaml : YAML_NAMES) {
                Path file = folder.resolve(yaml);
                if (Files.isRegularFile(file)) {
                    values.putAll(yaml(file));
                    read.add(file);
                }
            }
            if (Files.isRegularFile(properties)) {
                values.putAll(properties(properties));
                read.add(properties);
            }
            if (!read.isEmpty()) {
                return Optional.of(new ApplicationProperties(values, String.join(", ", read.stream().map(Path::toString).toList())));
            }
        }
        return Optional.empty();
    }

    /** The value of a Spring property, matching its relaxed forms (kebab-case, camelCase, snake_case). */
    public Optional<String> get(String canonicalKey) {
        String wanted = relaxed(canonicalKey);
        return values.entrySet().stream().filter(e -> relaxed(e.getKey()).equals(wanted)).map(Map.Entry::getValue)
                .map(String::trim).filter(v -> !v.isEmpty()).findFirst();
    }

    /** Every key under {@code prefix} (kept as written after it: map keys bind verbatim), with its value. */
    public Map<String, String> under(String prefix) {
        Map<String, String> out = new TreeMap<>();
        values.forEach((k, v) -> {
            if (k.startsWith(prefix)) out.put(k.substring(prefix.length()), v.trim());
        });
        return out;
    }

    /** True when the file configures Spring itself (any {@code spring.*} key). */
    public boolean springApplication() {
        return values.keySet().stream().anyMatch(k -> k.startsWith("spring."));
    }

    private static String relaxed(String key) {
        return key.replace("-", "").replace("_", "").toLowerCase(java.util.Locale.ROOT);
    }

    private static Map<String, String> properties(Path file) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(Files.readString(file)));
        } catch (IOException | IllegalArgumentException e) {
            throw new SchemactlException(ErrorCode.CONFIG, "cannot read " + file + ": " + e.getMessage(),
                    "fix the properties file, or set models.naming in schemactl.yaml");
        }
        Map<String, String> out = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
        return out;
    }

    private static Map<String, String> yaml(Path file) {
        Map<String, String> out = new TreeMap<>();
        try (MappingIterator<JsonNode> documents = YAMLMapper.builder().build().readerFor(JsonNode.class)
                .readValues(Files.readString(file))) {
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                if (document == null || !document.isObject()) continue;
                Map<String, String> flat = new TreeMap<>();
                flatten("", document, flat);
                if (flat.containsKey("spring.config.activate.on-profile") || flat.containsKey("spring.profiles")) continue;
                out.putAll(flat);
            }
        } catch (IOException | JacksonException e) {
            throw new SchemactlException(ErrorCode.CONFIG, "cannot read " + file + ": " + e.getMessage().lines().findFirst().orElse(""),
                    "fix the YAML, or set models.naming in schemactl.yaml");
        }
        return out;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
        if (node.isObject()) {
            node.properties().forEach(e -> flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) flatten(prefix + "[" + i + "]", node.get(i), out);
        } else if (!node.isNull()) {
            out.put(prefix, node.asString());
        }
    }
}
