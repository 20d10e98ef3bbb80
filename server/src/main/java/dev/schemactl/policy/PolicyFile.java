package dev.schemactl.policy;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import dev.schemactl.config.SettingsLoader;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import dev.schemactl.risk.Category;
import dev.schemactl.risk.Severity;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Reads a policy file: YAML, validated against {@code schemas/policy.schema.json} (JSON Schema 2020-12), every
 * problem reported as "FILE: line N: FIELD: PROBLEM".
 *
 * <pre>
 * version: 1                         # required; the only version
 * confirmation:                      # optional
 *   methods: [terminal]              # terminal and/or elicitation (default terminal; elicitation is unverified)
 *   expiry: 15m                      # approval lifetime: Nms, Ns, Nm, Nh (default 15m)
 *   allowed_signers: .schemactl/allowed_signers  # approvals must be SSH signatures by these keys
 *   allow_ci_environments: [ci]      # ignored since issue 9 (approve always needs a terminal)
 * rules:                             # checked in order; first match wins per finding
 *   - match:                         # all given conditions must hold; {} matches every finding
 *       rule: DS-DROP-*              # risk rule id, * and ? wildcards
 *       category: D                  # D destructive, L lock/rewrite, B breaks running code, F may fail on data, T transaction
 *       severity_at_least: high      # info | low | medium | high | critical (the finding's effective severity)
 *       score_at_least: 60           # makes the rule plan-wide: the report's score 0-100
 *       table: "audit_*"             # table name, wildcards
 *       engine: postgresql           # postgresql | mariadb | h2
 *       environment: production      # --env / SCHEMACTL_ENV, wildcards; never matches when none is set
 *     action: require_confirmation   # allow | require_confirmation | deny
 *     reason: "dropping data needs a human"
 *     approvals: 2                   # distinct approvers (SSH signatures) a require_confirmation needs (default 1)
 * default: allow                     # action for a finding no rule matches (default allow)
 * online_schema_change:              # optional, MariaDB/MySQL: big-table ALTERs the server would copy under a lock
 *   tool: pt-osc                     #   run through percona-toolkit's pt-online-schema-change instead
 *   min_rows: 1000000                #   from this many rows (the server's estimate)
 * </pre>
 */
final class PolicyFile {
    static final String SCHEMA_RESOURCE = "/schemas/policy.schema.json";
    static final String BUILTIN_RESOURCE = "/policies/default.yaml";
    private static final String HINT = "fix the policy file; its format is in schemas/policy.schema.json "
            + "(see policies/default.yaml for an example)";

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final JsonNode SCHEMA_TREE;
    private static final Schema SCHEMA;

    static {
        try (InputStream in = PolicyFile.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + SCHEMA_RESOURCE);
            SCHEMA_TREE = JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(SCHEMA_TREE);
    }

    private PolicyFile() {
    }

    static Policy load(Path file, String displayName) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new SchemactlException(ErrorCode.CONFIG, "policy file " + displayName + " does not exist",
                    "check --policy / SCHEMACTL_POLICY / policy: in schemactl.yaml, or copy policies/default.yaml");
        } catch (IOException e) {
            throw new SchemactlException(ErrorCode.CONFIG, "cannot read policy file " + displayName + ": " + e.getMessage(),
                    "check the file's permissions");
        }
        return parse(text, displayName);
    }

    static Policy builtinDefault() {
        try (InputStream in = PolicyFile.class.getResourceAsStream(BUILTIN_RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + BUILTIN_RESOURCE);
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "built-in default policy");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "sha256:" + hex of the file's bytes, or of the built-in default's text when file is null. */
    static String digest(Path file) {
        try {
            if (file != null) return PlanDigest.of(Files.readString(file, StandardCharsets.UTF_8));
            try (InputStream in = PolicyFile.class.getResourceAsStream(BUILTIN_RESOURCE)) {
                if (in == null) throw new IllegalStateException("missing resource " + BUILTIN_RESOURCE);
                return PlanDigest.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new SchemactlException(ErrorCode.CONFIG, "cannot read policy file " + file + ": " + e.getMessage(),
                    "check the file's permissions");
        }
    }

    static Policy parse(String yaml, String source) {
        JsonNode tree;
        try {
            tree = YAML.readTree(yaml);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
            String problem = e.getOriginalMessage().replaceAll("\\s*\\R\\s*", " ");
            throw new SchemactlException(ErrorCode.CONFIG, source + ": line " + line + ": invalid YAML: " + problem, HINT, e);
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            throw new SchemactlException(ErrorCode.CONFIG, source + ": line 1: the policy file is empty",
                    "start from policies/default.yaml; a policy needs at least `version: 1`");
        }
        YamlLines lines = YamlLines.index(YAML, yaml);
        List<com.networknt.schema.Error> errors = SCHEMA.validate(tree);
        if (!errors.isEmpty()) {
            List<Problem> problems = errors.stream().map(e -> problem(e, lines))
                    .sorted(Comparator.comparingInt(Problem::line)).toList();
            Problem first = problems.get(0);
            String more = problems.size() == 1 ? "" : " (" + (problems.size() - 1) + " more problem"
                    + (problems.size() == 2 ? "" : "s") + " after this one)";
            throw new SchemactlException(ErrorCode.CONFIG,
                    source + ": line " + first.line() + ": " + first.field() + ": " + first.text(), HINT + more);
        }
        return bind(tree, lines, source);
    }

    private record Problem(int line, String field, String text) {
    }

    private static Problem problem(com.networknt.schema.Error e, YamlLines lines) {
        List<Object> path = elements(e.getInstanceLocation());
        String keyword = e.getKeyword() == null ? "" : e.getKeyword();
        JsonNode value = e.getInstanceNode();
        switch (keyword) {
            case "additionalProperties": {
                List<Object> at = new ArrayList<>(path);
                at.add(e.getProperty());
                List<String> allowed = allowedKeys(e);
                return new Problem(lines.lineOf(YamlLines.pointer(at)), field(at),
                        "unknown key" + (allowed.isEmpty() ? "" : " (expected one of: " + String.join(", ", allowed) + ")"));
            }
            case "required": {
                List<Object> at = new ArrayList<>(path);
                at.add(e.getProperty());
                return new Problem(lines.lineOf(YamlLines.pointer(path)), field(at), "is required but missing");
            }
            default:
                break;
        }
        String text = switch (keyword) {
            case "const" -> "must be " + e.getSchemaNode() + " (got " + shown(value) + ")";
            case "enum" -> "must be one of " + enumValues(e.getSchemaNode()) + " (got " + shown(value) + ")";
            case "type" -> "must be " + article(e.getSchemaNode().asString()) + " (got " + describe(value) + ")";
            case "pattern" -> patternProblem(path, value);
            case "minimum" -> "must be at least " + e.getSchemaNode() + " (got " + shown(value) + ")";
            case "maximum" -> "must be at most " + e.getSchemaNode() + " (got " + shown(value) + ")";
            case "minItems" -> "must list at least " + e.getSchemaNode() + " item(s)";
            case "uniqueItems" -> "lists the same item twice";
            case "minLength" -> "must not be empty";
            default -> e.getMessage();
        };
        return new Problem(lines.lineOf(YamlLines.pointer(path)), field(path), text);
    }

    private static String patternProblem(List<Object> path, JsonNode value) {
        Object last = path.isEmpty() ? "" : path.get(path.size() - 1);
        if ("expiry".equals(last)) {
            return shown(value) + " is not a duration like 90s, 15m or 1h";
        }
        if ("rule".equals(last)) {
            return shown(value) + " is not a rule id pattern (letters, digits, '-', '_', and the wildcards * and ?)";
        }
        return shown(value) + " has the wrong form";
    }

    private static List<String> allowedKeys(com.networknt.schema.Error e) {
        List<Object> fragment = elements(e.getSchemaLocation().getFragment());
        if (fragment.isEmpty()) return List.of();
        JsonNode owner = SCHEMA_TREE.at(YamlLines.pointer(fragment.subList(0, fragment.size() - 1)));
        JsonNode properties = owner.path("properties");
        List<String> names = new ArrayList<>();
        properties.propertyNames().forEach(names::add);
        return names;
    }

    private static List<Object> elements(NodePath path) {
        List<Object> out = new ArrayList<>();
        if (path == null) return out;
        for (int i = 0; i < path.getNameCount(); i++) out.add(path.getElement(i));
        return out;
    }

    /** "rules[0].match.colour"; "(document)" for the root. */
    static String field(List<Object> path) {
        if (path.isEmpty()) return "(document)";
        StringBuilder s = new StringBuilder();
        for (Object e : path) {
            if (e instanceof Integer i) s.append('[').append(i).append(']');
            else s.append(s.length() == 0 ? "" : ".").append(e);
        }
        return s.toString();
    }

    private static String enumValues(JsonNode values) {
        List<String> out = new ArrayList<>();
        values.forEach(v -> out.add(v.isString() ? v.asString() : v.toString()));
        return String.join(", ", out);
    }

    private static String shown(JsonNode value) {
        if (value == null || value.isNull()) return "nothing";
        return value.isString() ? "'" + value.asString() + "'" : value.toString();
    }

    private static String describe(JsonNode value) {
        if (value == null || value.isNull()) return "nothing";
        if (value.isString()) return "a string '" + value.asString() + "'";
        if (value.isIntegralNumber()) return "an integer " + value;
        if (value.isNumber()) return "a number " + value;
        if (value.isBoolean()) return "a boolean " + value;
        if (value.isArray()) return "a list";
        if (value.isObject()) return "a mapping";
        return value.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    private static String article(String type) {
        return switch (type) {
            case "object" -> "a mapping";
            case "array" -> "a list";
            case "integer" -> "an integer";
            default -> "a " + type;
        };
    }

    private static Policy bind(JsonNode tree, YamlLines lines, String source) {
        Confirmation confirmation = Confirmation.DEFAULT;
        JsonNode c = tree.path("confirmation");
        if (c.isObject()) {
            List<Confirmation.Method> methods = c.has("methods")
                    ? strings(c.get("methods")).stream().map(m -> Confirmation.Method.valueOf(m.toUpperCase(Locale.ROOT))).toList()
                    : Confirmation.DEFAULT.methods();
            Duration expiry = c.has("expiry") ? SettingsLoader.parseDuration(c.get("expiry").asString())
                    : Confirmation.DEFAULT_EXPIRY;
            List<String> ci = c.has("allow_ci_environments") ? strings(c.get("allow_ci_environments")) : List.of();
            String signers = c.has("allowed_signers") ? c.get("allowed_signers").asString() : null;
            confirmation = new Confirmation(methods, expiry, ci, signers);
        }
        List<PolicyRule> rules = new ArrayList<>();
        JsonNode list = tree.path("rules");
        for (int i = 0; i < list.size(); i++) {
            JsonNode r = list.get(i);
            JsonNode m = r.path("match");
            Match match = new Match(text(m, "rule"),
                    m.has("category") ? Category.valueOf(m.get("category").asString()) : null,
                    m.has("severity_at_least") ? Severity.fromId(m.get("severity_at_least").asString()) : null,
                    m.has("score_at_least") ? m.get("score_at_least").asInt() : null,
                    text(m, "table"),
                    m.has("engine") ? EngineKind.fromId(m.get("engine").asString()) : null,
                    text(m, "environment"));
            rules.add(new PolicyRule(i, lines.lineOf("/rules/" + i), match, Action.fromId(r.get("action").asString()),
                    text(r, "reason"), r.has("approvals") ? r.get("approvals").asInt() : 1));
        }
        Action defaultAction = tree.has("default") ? Action.fromId(tree.get("default").asString()) : Action.ALLOW;
        int defaultLine = tree.has("default") ? lines.lineOf("/default") : 0;
        JsonNode osc = tree.path("online_schema_change");
        dev.schemactl.engine.OnlineSchemaChange online = osc.isObject()
                ? new dev.schemactl.engine.OnlineSchemaChange(osc.get("tool").asString(), osc.get("min_rows").asLong()) : null;
        return new Policy(source, tree.get("version").asInt(), confirmation, rules, defaultAction, defaultLine, online);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asString()));
        return out;
    }

    private static String text(JsonNode node, String name) {
        JsonNode v = node.get(name);
        return v == null || v.isNull() ? null : v.asString();
    }

}
