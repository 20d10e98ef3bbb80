package dev.schemactl.protect;

import dev.schemactl.config.DatabaseUrl;
import dev.schemactl.config.Settings;
import dev.schemactl.config.SettingsLoader;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The protected server's own config file (e.g. /etc/schemactl/server.yaml), owned by the server's OS user:
 * <pre>
 * public_url: http://127.0.0.1:8787        # what `schemactl approve --server` is told to use
 * agents:
 *   - name: alice-laptop
 *     token_sha256: 9f86d0…                # sha256 of the bearer token (`printf %s TOKEN | sha256sum`)
 * targets:
 *   prod:
 *     url: postgres://schemactl:secret@db.internal:5432/app
 *     project: /srv/checkouts/app          # its migrations/ folder is read (migrations_dir: to change it)
 *     policy: policies/prod.yaml           # relative to this file's folder; omitted: the built-in default
 *     allowed_signers: allowed_signers     # OpenSSH format; the keys that may approve
 *     elicitation: false                   # default false
 *     environment: production
 *     approval_expiry: 30m
 *     diff_urls: {reference: postgres://ro:pw@db.internal:5432/reference}
 * </pre>
 * The file must not be writable by group or others (refused), should not be readable by them (warning); the
 * policy and allowed_signers files it names must not be writable by group or others either.
 */
public record ServerConfig(Path source, String publicUrl, List<AgentToken> agents, Map<String, ServerTarget> targets) {

    private static final Set<String> TOP = Set.of("public_url", "agents", "targets");
    private static final Set<String> AGENT = Set.of("name", "token_sha256");
    private static final Set<String> TARGET = Set.of("url", "project", "migrations_dir", "policy", "allowed_signers",
            "elicitation", "environment", "diff_urls", "models", "approval_expiry", "lock_timeout",
            "migrations_table");
    private static final Set<String> MODELS = Set.of("classpath", "packages");

    public ServerConfig {
        agents = List.copyOf(agents);
        targets = new TreeMap<>(targets);
    }

    /** Reads and checks the file and the files it names; {@code warn} gets the warnings (stderr). */
    public static ServerConfig load(Path file, Consumer<String> warn) {
        Path path = file.toAbsolutePath().normalize();
        FilePermissions.check(path, "the server config", true, warn);
        String text;
        try {
            text = Files.readString(path);
        } catch (IOException e) {
            throw new SchemactlException(ErrorCode.CONFIG, "cannot read " + path + ": " + e.getMessage(),
                    "run the server as the user that owns it");
        }
        ServerConfig config = parse(text, path);
        for (ServerTarget t : config.targets().values()) {
            if (t.elicitation()) {
                throw new SchemactlException(ErrorCode.CONFIG, path + ": targets." + t.name() + ".elicitation: true is not "
                        + "supported in protected mode (an MCP client can answer its own form, so it proves no human)",
                        "remove it; humans approve with `schemactl approve --server`");
            }
            if (t.policy() != null) FilePermissions.check(t.policy(), "the policy of target " + t.name(), false, warn);
            FilePermissions.check(t.allowedSigners(), "the allowed_signers of target " + t.name(), false, warn);
        }
        return config;
    }

    static ServerConfig parse(String text, Path source) {
        JsonNode root;
        try {
            root = YAMLMapper.builder().build().readTree(text);
        } catch (StreamReadException e) {
            throw bad(source, "line " + (e.getLocation() == null ? 0 : e.getLocation().getLineNr()) + ": " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) throw bad(source, "the top level must be a mapping (agents, targets, ...)");
        keys(root, TOP, "", source);
        Path base = source.getParent();
        List<AgentToken> agents = new ArrayList<>();
        for (JsonNode a : root.path("agents")) {
            keys(a, AGENT, "agents[].", source);
            String name = required(a, "name", "agents[]", source);
            String hash = required(a, "token_sha256", "agents[] " + name, source).toLowerCase();
            if (!hash.matches("[0-9a-f]{64}")) {
                throw bad(source, "agents[] " + name + ": token_sha256 must be 64 hex digits (printf %s TOKEN | sha256sum)");
            }
            agents.add(new AgentToken(name, hash));
        }
        if (agents.isEmpty()) throw bad(source, "no agents: list at least one {name, token_sha256}");
        JsonNode targetsNode = root.path("targets");
        if (!targetsNode.isObject() || targetsNode.isEmpty()) throw bad(source, "no targets: add targets: {NAME: {url: ...}}");
        Map<String, ServerTarget> targets = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : targetsNode.properties()) {
            targets.put(e.getKey(), target(e.getKey(), e.getValue(), base, source));
        }
        String publicUrl = text(root, "public_url");
        return new ServerConfig(source, publicUrl == null ? null : publicUrl.replaceAll("/+$", ""), agents, targets);
    }

    private static ServerTarget target(String name, JsonNode t, Path base, Path source) {
        if (!name.matches("[a-z][a-z0-9_-]{0,62}")) {
            throw bad(source, "target name '" + name + "' must be lower-case letters, digits, - or _");
        }
        String where = "targets." + name;
        keys(t, TARGET, where + ".", source);
        String url = required(t, "url", where, source);
        DatabaseUrl.parse(url, base); // a bad URL fails at start, not at the first call
        Path project = base.resolve(required(t, "project", where, source)).normalize();
        Path migrations = project.resolve(orElse(text(t, "migrations_dir"), "migrations")).normalize();
        String policy = text(t, "policy");
        Path signers = base.resolve(required(t, "allowed_signers", where, source)).normalize();
        JsonNode elicitation = t.path("elicitation");
        if (!elicitation.isMissingNode() && !elicitation.isBoolean()) throw bad(source, where + ".elicitation must be true or false");
        Map<String, String> diffUrls = new TreeMap<>();
        JsonNode d = t.path("diff_urls");
        if (!d.isMissingNode()) {
            if (!d.isObject()) throw bad(source, where + ".diff_urls must map names to URLs");
            d.properties().forEach(e -> diffUrls.put(e.getKey(), e.getValue().asString()));
        }
        JsonNode m = t.path("models");
        Settings.Models models = Settings.Models.NONE;
        if (!m.isMissingNode()) {
            keys(m, MODELS, where + ".models.", source);
            models = new Settings.Models(list(m.path("classpath")).stream().map(p -> base.resolve(p).toString()).toList(),
                    list(m.path("packages")), null);
        }
        return new ServerTarget(name, url, project, migrations, policy == null ? null : base.resolve(policy).normalize(),
                signers, elicitation.asBoolean(false), text(t, "environment"), diffUrls, models,
                SettingsLoader.parseDuration(orElse(text(t, "approval_expiry"), "30m")),
                SettingsLoader.parseDuration(orElse(text(t, "lock_timeout"), "60s")),
                SettingsLoader.checkMigrationsTable(text(t, "migrations_table")));
    }

    /** The target a call names; with one target, naming none selects it. */
    public ServerTarget target(String name) {
        if (name == null || name.isBlank()) {
            if (targets.size() == 1) return targets.values().iterator().next();
            throw new SchemactlException(ErrorCode.USAGE, "this server has several targets (" + String.join(", ", targets.keySet())
                    + "); say which with the 'target' argument", "e.g. {\"target\": \"" + targets.keySet().iterator().next() + "\"}");
        }
        ServerTarget t = targets.get(name);
        if (t == null) {
            throw new SchemactlException(ErrorCode.NOT_FOUND, "no target '" + shown(name) + "' on this server",
                    "the targets are: " + String.join(", ", targets.keySet()));
        }
        return t;
    }

    /** The agent holding this bearer token, or null. */
    public AgentToken agent(String bearer) {
        AgentToken found = null;
        for (AgentToken a : agents) if (a.matches(bearer) && found == null) found = a;
        return found;
    }

    private static void keys(JsonNode node, Set<String> allowed, String prefix, Path source) {
        if (!node.isObject()) throw bad(source, (prefix.isEmpty() ? "the top level" : prefix) + " must be a mapping");
        for (String key : node.propertyNames()) {
            if (!allowed.contains(key)) {
                throw bad(source, "unknown key '" + prefix + key + "' (known: "
                        + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
    }

    private static String required(JsonNode node, String key, String where, Path source) {
        String v = text(node, key);
        if (v == null || v.isBlank()) throw bad(source, where + " needs '" + key + "'");
        return v;
    }

    private static String text(JsonNode node, String key) {
        JsonNode v = node.path(key);
        return v.isMissingNode() || v.isNull() ? null : v.asString();
    }

    private static List<String> list(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isArray()) node.forEach(n -> out.add(n.asString()));
        else if (node.isString()) out.add(node.asString());
        return out;
    }

    private static String orElse(String v, String d) {
        return v == null || v.isBlank() ? d : v;
    }

    private static String shown(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    private static SchemactlException bad(Path source, String why) {
        return new SchemactlException(ErrorCode.CONFIG, DatabaseUrl.maskText(source + ": " + why),
                "see the protected-mode section of the README for the server.yaml format");
    }
}
