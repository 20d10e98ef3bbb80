package dev.schemactl.mcp;

import dev.schemactl.config.DatabaseUrl;
import dev.schemactl.config.Settings;
import dev.schemactl.config.SettingsLoader;
import dev.schemactl.migration.MigrationClock;
import dev.schemactl.service.MigrationService;

import java.nio.file.Path;
import java.util.Map;

/**
 * The project an MCP server serves: the folder holding schemactl.yaml, the flags it was started with
 * and its environment. Settings are resolved on every call, so edits to schemactl.yaml or .env apply
 * without a restart, and the server never depends on the directory it was launched from.
 */
public final class McpProject {
    private final Path projectDir;
    private final SettingsLoader.Flags flags;
    private final Map<String, String> env;

    public McpProject(Path projectDir, SettingsLoader.Flags flags, Map<String, String> env) {
        this.projectDir = projectDir.toAbsolutePath().normalize();
        this.flags = flags;
        this.env = Map.copyOf(env);
    }

    public Path projectDir() {
        return projectDir;
    }

    public Map<String, String> env() {
        return env;
    }

    public Settings settings() {
        return SettingsLoader.load(projectDir, flags, env);
    }

    /** The migration use cases, exactly as the CLI gets them. */
    public MigrationService migrations() {
        return new MigrationService(settings(), MigrationClock.fromEnvironment(env));
    }

    /** The schema use cases (diff, generate), exactly as the CLI gets them. */
    public dev.schemactl.service.SchemaService schemas() {
        return new dev.schemactl.service.SchemaService(settings(), MigrationClock.fromEnvironment(env));
    }

    /** The risk use cases (lint / score), exactly as the CLI gets them. */
    public dev.schemactl.service.RiskService risk() {
        return new dev.schemactl.service.RiskService(settings());
    }

    /** Text safe to send to a client: URL passwords masked and the configured raw password replaced. */
    public String mask(String text) {
        if (text == null) return null;
        String out = DatabaseUrl.maskText(text);
        String password = password();
        if (password != null && password.length() >= 2) out = out.replace(password, "****");
        return out;
    }

    private String password() {
        try {
            return settings().databaseUrl().password();
        } catch (RuntimeException e) {
            return null; // an unparsable URL names no password we could leak
        }
    }
}
