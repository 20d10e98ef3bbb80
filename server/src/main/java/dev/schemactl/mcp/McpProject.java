package dev.schemactl.mcp;

import dev.schemactl.config.DatabaseUrl;
import dev.schemactl.config.Settings;
import dev.schemactl.config.SettingsLoader;
import dev.schemactl.migration.MigrationClock;
import dev.schemactl.protect.ProtectedServer;
import dev.schemactl.protect.ServerTarget;
import dev.schemactl.service.Databases;
import dev.schemactl.service.MigrationService;
import dev.schemactl.service.SharedDatabases;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The project an MCP server serves. In local mode: the folder holding schemactl.yaml, the flags it was started with
 * and its environment; settings are resolved on every call, so edits to schemactl.yaml or .env apply without a
 * restart, and the server never depends on the directory it was launched from. In protected mode: one target of the
 * server's config, whose settings come from that config only (never from the project's files or any environment),
 * gated by the {@link ProtectedServer}.
 */
public final class McpProject {
    /** A server quiet this long closes a database's pool. */
    static final Duration POOL_IDLE = Duration.ofMinutes(5);
    /** The same for an H2 file, which admits one process: another process waits at most this long once the server is quiet. */
    static final Duration POOL_IDLE_EXCLUSIVE = Duration.ofSeconds(2);

    private final Path projectDir;
    private final SettingsLoader.Flags flags;
    private final Map<String, String> env;
    private final ServerTarget target;
    private final ProtectedServer server;
    /**
     * One pool per database for the server's lifetime (local mode): no call pays for connecting or, on H2, for
     * opening the database file, and concurrent calls share it instead of queueing on the file lock. Protected mode
     * opens per call, as the CLI does.
     */
    private final Databases databases;

    public McpProject(Path projectDir, SettingsLoader.Flags flags, Map<String, String> env) {
        this.projectDir = projectDir.toAbsolutePath().normalize();
        this.flags = flags;
        this.env = Map.copyOf(env);
        this.target = null;
        this.server = null;
        this.databases = new SharedDatabases(POOL_IDLE, POOL_IDLE_EXCLUSIVE);
    }

    private McpProject(ServerTarget target, ProtectedServer server) {
        this.projectDir = target.project().toAbsolutePath().normalize();
        this.flags = SettingsLoader.Flags.NONE;
        this.env = Map.of();
        this.target = target;
        this.server = server;
        this.databases = Databases.PER_CALL;
    }

    /** One target of a protected server. */
    public static McpProject protectedTarget(ServerTarget target, ProtectedServer server) {
        return new McpProject(target, server);
    }

    /** True in protected mode: no token arguments, no files or URLs from the agent beyond what the config lists. */
    public boolean isProtected() {
        return target != null;
    }

    /** The server-config target in protected mode; null in local mode. */
    public ServerTarget target() {
        return target;
    }

    public Path projectDir() {
        return projectDir;
    }

    public Map<String, String> env() {
        return env;
    }

    public Settings settings() {
        return target != null ? target.settings() : SettingsLoader.load(projectDir, flags, env);
    }

    /** The migration use cases, exactly as the CLI gets them; in protected mode behind the server's gate. */
    public MigrationService migrations() {
        return migrations("mcp");
    }

    /** @param actor who asks, for the audit ledger ("mcp:<client name>") */
    public MigrationService migrations(String actor) {
        if (target != null) {
            return new MigrationService(settings(), MigrationClock.fromEnvironment(env), Map.of())
                    .withGate(server.gate(target, actor));
        }
        return new MigrationService(settings(), MigrationClock.fromEnvironment(env)).actor(actor).databases(databases);
    }

    /** The schema use cases (diff, generate), exactly as the CLI gets them. */
    public dev.schemactl.service.SchemaService schemas() {
        return new dev.schemactl.service.SchemaService(settings(), MigrationClock.fromEnvironment(env)).databases(databases);
    }

    /** The risk use cases (lint / score), exactly as the CLI gets them. */
    public dev.schemactl.service.RiskService risk() {
        if (target != null) return new dev.schemactl.service.RiskService(settings()).withoutShadowVerification();
        return new dev.schemactl.service.RiskService(settings()).databases(databases);
    }

    /** How this project's calls open databases (shared pools in local mode). */
    public Databases databases() {
        return databases;
    }

    /** Closes the shared pools (the server stops). */
    public void close() {
        if (databases instanceof SharedDatabases shared) shared.close();
    }

    /** Text safe to send to a client: URL passwords masked and the configured raw password replaced. */
    public String mask(String text) {
        if (text == null) return null;
        String out = DatabaseUrl.maskText(text);
        if (server != null) out = server.mask(out);
        String password = password();
        if (password != null && password.length() >= 2) out = out.replace(password, "****");
        return out;
    }

    private String password() {
        try {
            if (server != null) return null; // the protected server masks every target's password itself
            return settings().databaseUrl().password();
        } catch (RuntimeException e) {
            return null; // an unparsable URL names no password we could leak
        }
    }
}
