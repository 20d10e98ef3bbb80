package dev.schemactl.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Resolved configuration: flags > environment (DATABASE_URL, .env) > schemactl.yaml > defaults.
 *
 * @param urlSource      where the URL came from ("--url", "DATABASE_URL", ".env", "schemactl.yaml", "default")
 * @param policyOrigin   where {@code policy} came from ("--policy", "SCHEMACTL_POLICY", ".env", "schemactl.yaml"),
 *                       null when no policy is configured (the built-in default)
 * @param projectPolicy  the policy schemactl.yaml names (the project's own), null when it names none
 * @param allowedSigners schemactl.yaml's approvals.allowed_signers: approvals must be SSH signatures by these keys;
 *                       null when not configured (a policy may configure it too)
 */
public record Settings(Path projectDir, String url, String urlSource, Path migrationsDir, Models models,
                       Path policy, Renames renames, Duration lockTimeout, String environment, String policyOrigin,
                       Path projectPolicy, Path allowedSigners) {

    public static final String DEFAULT_URL = "h2:./.schemactl/dev";

    public record Models(List<String> classpath, List<String> packages, String build) {
        public Models {
            classpath = classpath == null ? List.of() : List.copyOf(classpath);
            packages = packages == null ? List.of() : List.copyOf(packages);
        }

        public static final Models NONE = new Models(List.of(), List.of(), null);
    }

    /** Rename hints: columns as "table.old" → "new", tables as "old" → "new". */
    public record Renames(Map<String, String> columns, Map<String, String> tables) {
        public Renames {
            columns = columns == null ? Map.of() : Map.copyOf(columns);
            tables = tables == null ? Map.of() : Map.copyOf(tables);
        }

        public static final Renames NONE = new Renames(Map.of(), Map.of());
    }

    /** The same settings for another database (one target of a fleet). */
    public Settings withUrl(String otherUrl, String otherSource) {
        return new Settings(projectDir, otherUrl, otherSource, migrationsDir, models, policy, renames, lockTimeout, environment,
                policyOrigin, projectPolicy, allowedSigners);
    }

    public DatabaseUrl databaseUrl() {
        return DatabaseUrl.parse(url, projectDir);
    }

    public Path versionsDir() {
        return migrationsDir.resolve("versions");
    }
}
