package dev.schemactl.config;

import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * schemactl.yaml. Known keys only: an unknown key is an error naming it and its line, so a typo
 * never silently falls back to a default.
 */
public record ProjectFile(String url, String migrationsDir, Settings.Models models, String policy,
                          Settings.Renames renames, String lockTimeout, List<String> exclude, List<String> schemas,
                          String allowedSigners, String directUrl, List<String> replicas) {

    public static final String FILE_NAME = "schemactl.yaml";
    public static final ProjectFile EMPTY = new ProjectFile(null, null, Settings.Models.NONE, null, Settings.Renames.NONE, null,
            List.of(), List.of(), null, null, List.of());
    private static final Set<String> NAMING_PRESETS = Set.of("spring", "hibernate");

    public ProjectFile {
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
        schemas = schemas == null ? List.of() : List.copyOf(schemas);
        replicas = replicas == null ? List.of() : List.copyOf(replicas);
    }

    private static final Map<String, Set<String>> KEYS = Map.of(
            "", Set.of("url", "direct_url", "replicas", "migrations_dir", "models", "policy", "renames", "lock_timeout", "exclude", "schemas",
                    "approvals"),
            "approvals", Set.of("allowed_signers"),
            "models", Set.of("classpath", "packages", "build", "naming"),
            "models.naming", Set.of("physical", "implicit"),
            "renames", Set.of("columns", "tables"));
    /** Maps whose keys are user data (rename pairs), not settings. */
    private static final Set<String> FREE_MAPS = Set.of("renames.columns", "renames.tables");

    public static ProjectFile load(Path projectDir) {
        Path file = projectDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) return EMPTY;
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new SchemactlException(ErrorCode.CONFIG, "cannot read " + file + ": " + e.getMessage(), "check its permissions");
        }
        synchronized (PARSED) {
            Parsed hit = PARSED.get(file);
            if (hit != null && hit.text().equals(text)) return hit.file();
        }
        ProjectFile parsed = parse(text, file.toString());
        synchronized (PARSED) {
            PARSED.put(file, new Parsed(text, parsed));
        }
        return parsed;
    }

    /** The last parse of each file, keyed by its text: a long-running server reads the file on every call, parses it once. */
    private record Parsed(String text, ProjectFile file) {
    }

    private static final Map<Path, Parsed> PARSED = new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Path, Parsed> eldest) {
            return size() > 16;
        }
    };

    static ProjectFile parse(String text, String fileName) {
        YAMLMapper mapper = YAMLMapper.builder().build();
        checkKeys(mapper, text, fileName);
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (StreamReadException e) {
            throw invalid(fileName, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), e.getOriginalMessage());
        }
        if (root == null || root.isMissingNode() || root.isNull()) return EMPTY;
        if (!root.isObject()) throw invalid(fileName, 1, "the top level must be a mapping of settings");
        JsonNode models = root.path("models");
        JsonNode renames = root.path("renames");
        return new ProjectFile(
                text(root, "url"), text(root, "migrations_dir"),
                new Settings.Models(list(models.path("classpath")), list(models.path("packages")), text(models, "build"),
                        naming(models.path("naming"), fileName)),
                text(root, "policy"),
                new Settings.Renames(map(renames.path("columns")), map(renames.path("tables"))),
                text(root, "lock_timeout"), list(root.path("exclude")), schemas(root.path("schemas"), fileName),
                text(root.path("approvals"), "allowed_signers"), text(root, "direct_url"), list(root.path("replicas")));
    }

    private static Settings.Naming naming(JsonNode node, String fileName) {
        if (node.isMissingNode() || node.isNull()) return Settings.Naming.AUTO;
        if (node.isObject()) {
            return new Settings.Naming(null, text(node, "physical"), text(node, "implicit"));
        }
        String preset = node.asString().trim();
        if (!NAMING_PRESETS.contains(preset)) {
            throw new SchemactlException(ErrorCode.CONFIG, fileName + ": models.naming: unknown value '" + preset + "'",
                    "use spring, hibernate, or {physical: com.example.MyPhysicalNamingStrategy, implicit: com.example.MyImplicitNamingStrategy}");
        }
        return new Settings.Naming(preset, null, null);
    }

    private static void checkKeys(YAMLMapper mapper, String text, String fileName) {
        try (JsonParser p = mapper.createParser(text)) {
            Deque<String> path = new ArrayDeque<>();
            Deque<Boolean> isObject = new ArrayDeque<>();
            String pendingField = null;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                switch (t) {
                    case START_OBJECT -> {
                        path.push(pendingField == null ? (path.isEmpty() ? "" : path.peek()) : join(path.peek(), pendingField));
                        isObject.push(true);
                        pendingField = null;
                    }
                    case START_ARRAY -> {
                        path.push(pendingField == null ? (path.isEmpty() ? "" : path.peek()) : join(path.peek(), pendingField));
                        isObject.push(false);
                        pendingField = null;
                    }
                    case END_OBJECT, END_ARRAY -> {
                        path.pop();
                        isObject.pop();
                    }
                    case PROPERTY_NAME -> {
                        String where = path.isEmpty() ? "" : path.peek();
                        String key = p.currentName();
                        if (!FREE_MAPS.contains(where)) {
                            Set<String> allowed = KEYS.get(where);
                            if (allowed == null || !allowed.contains(key)) {
                                String full = where.isEmpty() ? key : where + "." + key;
                                throw new SchemactlException(ErrorCode.CONFIG, fileName + ": line "
                                        + p.currentTokenLocation().getLineNr() + ": unknown key '" + full + "'",
                                        "known keys: url, direct_url, replicas, migrations_dir, models.{classpath,packages,build,naming}, policy, "
                                                + "renames.{columns,tables}, lock_timeout, exclude, schemas, approvals.allowed_signers");
                            }
                        }
                        pendingField = key;
                    }
                    default -> pendingField = null;
                }
            }
        } catch (StreamReadException e) {
            throw invalid(fileName, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), e.getOriginalMessage());
        }
    }

    private static String join(String parent, String child) {
        return parent == null || parent.isEmpty() ? child : parent + "." + child;
    }

    private static SchemactlException invalid(String fileName, int line, String why) {
        return new SchemactlException(ErrorCode.CONFIG, fileName + ": line " + line + ": " + why,
                "fix the YAML syntax");
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isMissingNode() || v.isNull() ? null : v.asString();
    }

    /** {@code schemas: [public, billing]} (or one name): PostgreSQL schemas to manage, each a plain identifier. */
    private static List<String> schemas(JsonNode node, String fileName) {
        if (node.isMissingNode() || node.isNull()) return List.of();
        List<String> names = node.isArray() ? list(node) : List.of(node.asString());
        for (String name : names) {
            if (name == null || name.isBlank()) {
                throw new SchemactlException(ErrorCode.CONFIG, fileName + ": schemas: an empty schema name",
                        "list schema names, e.g. schemas: [public, billing]");
            }
        }
        return names.stream().distinct().toList();
    }

    private static List<String> list(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isArray()) node.forEach(n -> out.add(n.asString()));
        else if (node.isString()) out.add(node.asString());
        return out;
    }

    private static Map<String, String> map(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node.isObject()) node.properties().forEach(e -> out.put(e.getKey(), e.getValue().asString()));
        return out;
    }

    @SuppressWarnings("unused")
    private static YAMLFactory factory() {
        return new YAMLFactory();
    }
}
