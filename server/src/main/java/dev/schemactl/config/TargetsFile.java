package dev.schemactl.config;

import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fleet of databases for {@code up --targets}: either a list of named URLs or a query that returns them.
 * <pre>
 * targets:
 *   - {name: eu-1, url: postgres://app:${EU_PASSWORD}@eu-1.db:5432/shop}
 *   - name: us-1
 *     url: mysql://app@us-1.db:3306/shop
 * </pre>
 * or
 * <pre>
 * query:
 *   url: postgres://app@registry.db:5432/registry
 *   sql: SELECT name, url FROM tenants ORDER BY name
 * </pre>
 * Known keys only (an unknown key is an error naming it and its line). {@code ${NAME}} and {@code ${NAME:-default}} in
 * a URL are replaced from the environment (and {@code .env}); an unset variable without a default is an error.
 * URLs returned by the query are taken as they are.
 *
 * @param targets the listed targets, in file order (empty when the file has a query)
 * @param query   the registry query, or null when the file lists targets
 */
public record TargetsFile(String fileName, List<Target> targets, Query query) {

    /** A named database. {@link #toString()} masks the password. */
    public record Target(String name, String url, int line) {
        @Override
        public String toString() {
            return name + " " + DatabaseUrl.maskText(url);
        }
    }

    /** Where to read the targets from: the query's first two columns (or columns named name and url). */
    public record Query(String url, String sql, int line) {
        @Override
        public String toString() {
            return DatabaseUrl.maskText(url) + ": " + sql;
        }
    }

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?}");
    private static final String KNOWN = "known keys: targets (a list of {name, url}) or query {url, sql}";

    /**
     * Reads and validates the file.
     *
     * @param projectDir the project directory (its .env file supplies variables the environment lacks)
     */
    public static TargetsFile load(Path file, Path projectDir, Map<String, String> environment) {
        if (!Files.isRegularFile(file)) {
            throw new SchemactlException(ErrorCode.CONFIG, "targets file " + file + " does not exist",
                    "pass a YAML file with `targets:` (name and url of each database) or `query:` (url and sql)");
        }
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new SchemactlException(ErrorCode.CONFIG, "cannot read " + file + ": " + e.getMessage(), "check its permissions");
        }
        Map<String, String> variables = new HashMap<>(DotEnv.read(projectDir.resolve(".env")));
        variables.putAll(environment);
        return parse(text, file.toString(), variables);
    }

    public static TargetsFile parse(String text, String fileName, Map<String, String> variables) {
        YAMLMapper mapper = YAMLMapper.builder().build();
        try (JsonParser p = mapper.createParser(text)) {
            return new Reader(p, fileName, variables).file();
        } catch (StreamReadException e) {
            throw invalid(fileName, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), e.getOriginalMessage(),
                    "fix the YAML syntax");
        }
    }

    /** Replaces ${NAME} and ${NAME:-default}; null when the text has no URL. */
    static String substitute(String value, Map<String, String> variables, String fileName, int line) {
        if (value == null) return null;
        Matcher m = VARIABLE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = variables.get(m.group(1));
            if (replacement == null || replacement.isEmpty() && m.group(2) != null) replacement = m.group(2);
            if (replacement == null) {
                throw invalid(fileName, line, "${" + m.group(1) + "} is not set",
                        "set " + m.group(1) + " in the environment or in .env, or write ${" + m.group(1) + ":-default}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static SchemactlException invalid(String fileName, int line, String why, String hint) {
        return new SchemactlException(ErrorCode.CONFIG, fileName + ": line " + line + ": " + why, hint);
    }

    /** A small recursive reader over the YAML tokens, so every error can name its line. */
    private static final class Reader {
        private final JsonParser p;
        private final String fileName;
        private final Map<String, String> variables;

        Reader(JsonParser p, String fileName, Map<String, String> variables) {
            this.p = p;
            this.fileName = fileName;
            this.variables = variables;
        }

        TargetsFile file() {
            JsonToken t = p.nextToken();
            if (t == null) throw error(1, "the file is empty", null);
            if (t != JsonToken.START_OBJECT) throw error(line(), "the top level must be a mapping", null);
            List<Target> targets = null;
            Query query = null;
            int firstLine = 0;
            Set<String> seen = new HashSet<>();
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String key = p.currentName();
                int keyLine = line();
                if (!seen.add(key)) throw error(keyLine, "duplicate key '" + key + "'", null);
                p.nextToken();
                switch (key) {
                    case "targets" -> targets = targets(keyLine);
                    case "query" -> query = query(keyLine);
                    default -> throw error(keyLine, "unknown key '" + key + "'", KNOWN);
                }
                if (firstLine == 0) firstLine = keyLine;
                else throw error(keyLine, "give either targets: or query:, not both", KNOWN);
            }
            if (targets == null && query == null) throw error(1, "neither targets: nor query: is given", KNOWN);
            return new TargetsFile(fileName, targets == null ? List.of() : List.copyOf(targets), query);
        }

        private List<Target> targets(int keyLine) {
            if (p.currentToken() != JsonToken.START_ARRAY) {
                throw error(keyLine, "targets: must be a list of {name, url}", "e.g. targets: [{name: eu-1, url: postgres://...}]");
            }
            List<Target> out = new ArrayList<>();
            Map<String, Integer> names = new HashMap<>();
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                int itemLine = line();
                if (t != JsonToken.START_OBJECT) {
                    throw error(itemLine, "each target must be a mapping with name and url", "e.g. - {name: eu-1, url: postgres://...}");
                }
                Map<String, String> fields = fields("targets[" + out.size() + "]", Set.of("name", "url"), itemLine,
                        "known keys of a target: name, url");
                String name = fields.get("name");
                String url = fields.get("url");
                if (name == null || name.isBlank()) throw error(itemLine, "target " + (out.size() + 1) + " has no name", null);
                if (url == null || url.isBlank()) throw error(itemLine, "target '" + name + "' has no url", null);
                Integer earlier = names.putIfAbsent(name, itemLine);
                if (earlier != null) {
                    throw error(itemLine, "target name '" + name + "' is used twice (also on line " + earlier + ")",
                            "give every target its own name");
                }
                url = substitute(url, variables, fileName, itemLine);
                checkUrl(url, itemLine, "target '" + name + "'");
                out.add(new Target(name, url, itemLine));
            }
            if (out.isEmpty()) throw error(keyLine, "targets: lists no databases", "add {name, url} entries, or use query:");
            return out;
        }

        private Query query(int keyLine) {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw error(keyLine, "query: must be a mapping with url and sql", "e.g. query: {url: postgres://.../registry, sql: SELECT name, url FROM tenants}");
            }
            Map<String, String> fields = fields("query", Set.of("url", "sql"), keyLine, "known keys of query: url, sql");
            String url = fields.get("url");
            String sql = fields.get("sql");
            if (url == null || url.isBlank()) throw error(keyLine, "query: has no url (the registry database)", null);
            if (sql == null || sql.isBlank()) throw error(keyLine, "query: has no sql", "e.g. sql: SELECT name, url FROM tenants");
            url = substitute(url, variables, fileName, keyLine);
            checkUrl(url, keyLine, "query url");
            return new Query(url, sql.strip(), keyLine);
        }

        /** Reads a flat mapping of scalars (the parser is on its START_OBJECT). */
        private Map<String, String> fields(String where, Set<String> known, int startLine, String hint) {
            Map<String, String> out = new HashMap<>();
            for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                String key = p.currentName();
                int keyLine = line();
                if (!known.contains(key)) throw error(keyLine, "unknown key '" + where + "." + key + "'", hint);
                if (out.containsKey(key)) throw error(keyLine, "duplicate key '" + where + "." + key + "'", null);
                JsonToken value = p.nextToken();
                if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                    throw error(keyLine, where + "." + key + " must be a single value", null);
                }
                out.put(key, value == JsonToken.VALUE_NULL ? null : p.getString());
            }
            return out;
        }

        private void checkUrl(String url, int line, String what) {
            try {
                DatabaseUrl.parse(url, Path.of("."));
            } catch (SchemactlException e) {
                throw error(line, what + ": " + e.getMessage(), e.hint());
            }
        }

        private int line() {
            return p.currentTokenLocation().getLineNr();
        }

        private SchemactlException error(int line, String why, String hint) {
            return invalid(fileName, line, why, hint == null ? "see the targets file format in the README" : hint);
        }
    }
}
