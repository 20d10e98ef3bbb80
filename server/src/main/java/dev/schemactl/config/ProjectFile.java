package dev.schemactl.config;

import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.dataformat.yaml.YAMLFactory;

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
                          String allowedSigners, String directUrl, List<String> replicas, String migrationsTable) {

    public static final String FILE_NAME = "schemactl.yaml";
    public static final ProjectFile EMPTY = new ProjectFile(null, null, Settings.Models.NONE, null, Settings.Renames.NONE, null,
            List.of(), List.of(), null, null, List.of(), null);
    private static final Set<String> NAMING_PRESETS = Set.of("spring", "hibernate");

    public ProjectFile {
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
        schemas = schemas == null ? List.of() : List.copyOf(schemas);
        replicas = replicas == null ? List.of() : List.copyOf(replicas);
    }

    private static final Map<String, Set<String>> KEYS = Map.of(
            "", Set.of("url", "direct_url", "replicas", "migrations_dir", "migrations_table", "models", "policy", "renames", "lock_timeout", "exclude", "schemas",
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
        Object root = readTree(text, fileName);
        if (root == null) return EMPTY;
        if (!(root instanceof Map<?, ?> top)) throw invalid(fileName, 1, "the top level must be a mapping of settings");
        Object models = top.get("models");
        Object renames = top.get("renames");
        return new ProjectFile(
                text(root, "url"), text(root, "migrations_dir"),
                new Settings.Models(list(path(models, "classpath")), list(path(models, "packages")), text(models, "build"),
                        naming(path(models, "naming"), fileName)),
                text(root, "policy"),
                new Settings.Renames(map(path(renames, "columns")), map(path(renames, "tables"))),
                text(root, "lock_timeout"), list(top.get("exclude")), schemas(top.get("schemas"), fileName),
                text(top.get("approvals"), "allowed_signers"), text(root, "direct_url"), list(top.get("replicas")),
                text(root, "migrations_table"));
    }

    private static Settings.Naming naming(Object node, String fileName) {
        if (node == null) return Settings.Naming.AUTO;
        if (node instanceof Map<?, ?>) {
            return new Settings.Naming(null, text(node, "physical"), text(node, "implicit"));
        }
        String preset = asString(node).trim();
        if (!NAMING_PRESETS.contains(preset)) {
            throw new SchemactlException(ErrorCode.CONFIG, fileName + ": models.naming: unknown value '" + preset + "'",
                    "use spring, hibernate, or {physical: com.example.MyPhysicalNamingStrategy, implicit: com.example.MyImplicitNamingStrategy}");
        }
        return new Settings.Naming(preset, null, null);
    }

    /**
     * The document as maps, lists and strings (null for an empty document or a null value), read with the streaming
     * parser while checking every key: Jackson's tree model (databind) cost a third of a second of every start.
     */
    private static Object readTree(String text, String fileName) {
        try (JsonParser p = new YAMLFactory().createParser(ObjectReadContext.empty(), text)) {
            Deque<String> path = new ArrayDeque<>();
            Deque<Object> open = new ArrayDeque<>();
            Object root = null;
            String pendingField = null;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                Object value = null;
                boolean isValue = true;
                switch (t) {
                    case START_OBJECT, START_ARRAY -> {
                        path.push(pendingField == null ? (path.isEmpty() ? "" : path.peek()) : join(path.peek(), pendingField));
                        value = t == JsonToken.START_OBJECT ? new LinkedHashMap<String, Object>() : new ArrayList<>();
                    }
                    case END_OBJECT, END_ARRAY -> {
                        path.pop();
                        open.pop();
                        isValue = false;
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
                                        "known keys: url, direct_url, replicas, migrations_dir, migrations_table, models.{classpath,packages,build,naming}, policy, "
                                                + "renames.{columns,tables}, lock_timeout, exclude, schemas, approvals.allowed_signers");
                            }
                        }
                        pendingField = key;
                        continue;
                    }
                    case VALUE_NULL -> value = null;
                    default -> value = p.getString();
                }
                if (!isValue) {
                    pendingField = null;
                    continue;
                }
                Object parent = open.peek();
                if (parent instanceof Map<?, ?> m) {
                    @SuppressWarnings("unchecked") Map<String, Object> map = (Map<String, Object>) m;
                    map.put(pendingField, value);
                } else if (parent instanceof List<?> l) {
                    @SuppressWarnings("unchecked") List<Object> list = (List<Object>) l;
                    list.add(value);
                } else {
                    root = value;
                }
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) open.push(value);
                pendingField = null;
            }
            return root;
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

    private static Object path(Object node, String field) {
        return node instanceof Map<?, ?> m ? m.get(field) : null;
    }

    private static String text(Object node, String field) {
        Object v = path(node, field);
        return v == null ? null : asString(v);
    }

    /** A scalar as written; a mapping or a list where a scalar belongs reads as empty. */
    private static String asString(Object node) {
        return node instanceof String s ? s : "";
    }

    /** {@code schemas: [public, billing]} (or one name): PostgreSQL schemas to manage, each a plain identifier. */
    private static List<String> schemas(Object node, String fileName) {
        if (node == null) return List.of();
        List<String> names = node instanceof List<?> ? list(node) : List.of(asString(node));
        for (String name : names) {
            if (name == null || name.isBlank()) {
                throw new SchemactlException(ErrorCode.CONFIG, fileName + ": schemas: an empty schema name",
                        "list schema names, e.g. schemas: [public, billing]");
            }
        }
        return names.stream().distinct().toList();
    }

    private static List<String> list(Object node) {
        List<String> out = new ArrayList<>();
        if (node instanceof List<?> l) l.forEach(n -> out.add(n == null ? "null" : asString(n)));
        else if (node instanceof String s) out.add(s);
        return out;
    }

    private static Map<String, String> map(Object node) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node instanceof Map<?, ?> m) m.forEach((k, v) -> out.put((String) k, v == null ? "null" : asString(v)));
        return out;
    }
}
