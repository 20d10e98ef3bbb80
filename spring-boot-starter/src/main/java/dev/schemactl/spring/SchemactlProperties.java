package dev.schemactl.spring;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code schemactl.*}: what the CLI takes as flags, for the migrations the application applies at startup. Unset values
 * fall back the way the CLI's do (SCHEMACTL_* environment, .env, then schemactl.yaml in {@link #getProjectDir()}).
 */
@ConfigurationProperties(prefix = "schemactl")
public class SchemactlProperties {
    /** Apply pending migrations at startup, before JPA initializes. */
    private boolean enabled = true;

    /** The directory holding schemactl.yaml and .env; relative paths below are relative to it. */
    private String projectDir = ".";

    /**
     * The migrations directory (like --migrations-dir), holding versions/*.sql; default from schemactl.yaml, else
     * "migrations". "classpath:db/schemactl" reads db/schemactl/versions/*.sql packaged in the application.
     */
    private String migrationsDir;

    /** The policy file (like --policy); default from schemactl.yaml, else the built-in policy. */
    private String policy;

    /** The environment name the policy sees (like --env, SCHEMACTL_ENV), e.g. "prod". */
    private String env;

    /**
     * The approval for a plan the policy wants confirmed: the token `schemactl approve` printed, or the path or text of
     * a signed approval (like --confirm). Default SCHEMACTL_CONFIRM_TOKEN. Without it such a plan stops the startup.
     */
    private String confirmToken;

    /** How long to wait for the migration lock another process holds (like --lock-timeout). */
    private Duration lockTimeout;

    /** Apply up to and including this version only (14 digits); default all pending ones. */
    private String target;

    /**
     * The tracking table's name (like --migrations-table, SCHEMACTL_MIGRATIONS_TABLE); default from schemactl.yaml
     * (migrations_table), else "schema_migrations". Name another one when another tool already owns that table.
     */
    private String migrationsTable;

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getProjectDir() {
        return projectDir;
    }

    public void setProjectDir(String projectDir) {
        this.projectDir = projectDir;
    }

    public String getMigrationsDir() {
        return migrationsDir;
    }

    public void setMigrationsDir(String migrationsDir) {
        this.migrationsDir = migrationsDir;
    }

    public String getPolicy() {
        return policy;
    }

    public void setPolicy(String policy) {
        this.policy = policy;
    }

    public String getEnv() {
        return env;
    }

    public void setEnv(String env) {
        this.env = env;
    }

    public String getConfirmToken() {
        return confirmToken;
    }

    public void setConfirmToken(String confirmToken) {
        this.confirmToken = confirmToken;
    }

    public Duration getLockTimeout() {
        return lockTimeout;
    }

    public void setLockTimeout(Duration lockTimeout) {
        this.lockTimeout = lockTimeout;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getMigrationsTable() {
        return migrationsTable;
    }

    public void setMigrationsTable(String migrationsTable) {
        this.migrationsTable = migrationsTable;
    }
}
