package dev.schemactl.config;

import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;

import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** Resolves {@link Settings} with the precedence flags > environment (.env) > schemactl.yaml > defaults. */
public final class SettingsLoader {

    /** Values given on the command line (null when not given). */
    public record Flags(String url, Path migrationsDir, Path policy, Duration lockTimeout, String environment,
                        String migrationsTable) {
        public static final Flags NONE = new Flags(null, null, null, null, null);

        public Flags(String url, Path migrationsDir, Path policy, Duration lockTimeout, String environment) {
            this(url, migrationsDir, policy, lockTimeout, environment, null);
        }
    }

    /** A plain unquoted identifier every engine keeps as written (lower case, so H2 and PostgreSQL agree). */
    private static final java.util.regex.Pattern TABLE_NAME = java.util.regex.Pattern.compile("[a-z_][a-z0-9_]{0,49}");

    private SettingsLoader() {
    }

    public static Settings load(Path projectDir, Flags flags, Map<String, String> environment) {
        Path dir = projectDir.toAbsolutePath().normalize();
        ProjectFile file = ProjectFile.load(dir);
        Map<String, String> dotEnv = DotEnv.read(dir.resolve(".env"));

        String url;
        String source;
        if (flags.url() != null) {
            url = flags.url();
            source = "--url";
        } else if (nonBlank(environment.get("DATABASE_URL"))) {
            url = environment.get("DATABASE_URL");
            source = "DATABASE_URL";
        } else if (nonBlank(dotEnv.get("DATABASE_URL"))) {
            url = dotEnv.get("DATABASE_URL");
            source = ".env";
        } else if (nonBlank(file.url())) {
            url = file.url();
            source = ProjectFile.FILE_NAME;
        } else {
            url = Settings.DEFAULT_URL;
            source = "default";
        }

        Path migrations = flags.migrationsDir() != null ? dir.resolve(flags.migrationsDir())
                : dir.resolve(firstNonBlank(environment.get("SCHEMACTL_MIGRATIONS_DIR"), dotEnv.get("SCHEMACTL_MIGRATIONS_DIR"),
                file.migrationsDir(), "migrations"));

        String policyText;
        String policyOrigin;
        if (flags.policy() != null) {
            policyText = flags.policy().toString();
            policyOrigin = "--policy";
        } else if (nonBlank(environment.get("SCHEMACTL_POLICY"))) {
            policyText = environment.get("SCHEMACTL_POLICY");
            policyOrigin = "SCHEMACTL_POLICY";
        } else if (nonBlank(dotEnv.get("SCHEMACTL_POLICY"))) {
            policyText = dotEnv.get("SCHEMACTL_POLICY");
            policyOrigin = ".env";
        } else if (nonBlank(file.policy())) {
            policyText = file.policy();
            policyOrigin = ProjectFile.FILE_NAME;
        } else {
            policyText = null;
            policyOrigin = null;
        }
        Path policy = policyText == null ? null : dir.resolve(policyText);
        Path projectPolicy = nonBlank(file.policy()) ? dir.resolve(file.policy()).normalize() : null;
        Path allowedSigners = nonBlank(file.allowedSigners()) ? dir.resolve(file.allowedSigners()).normalize() : null;

        Duration lockTimeout = flags.lockTimeout() != null ? flags.lockTimeout()
                : parseDuration(firstNonBlank(file.lockTimeout(), "60s"));

        String table = firstNonBlank(flags.migrationsTable(), environment.get("SCHEMACTL_MIGRATIONS_TABLE"),
                dotEnv.get("SCHEMACTL_MIGRATIONS_TABLE"), file.migrationsTable(), null);
        checkMigrationsTable(table);

        return new Settings(dir, url, source, migrations.normalize(), file.models(), policy, file.renames(), lockTimeout,
                firstNonBlank(flags.environment(), environment.get("SCHEMACTL_ENV"), dotEnv.get("SCHEMACTL_ENV"), null),
                file.exclude(), file.schemas(), policyOrigin, projectPolicy, allowedSigners,
                flags.url() != null ? null : firstNonBlank(environment.get("SCHEMACTL_DIRECT_URL"), dotEnv.get("SCHEMACTL_DIRECT_URL"),
                        file.directUrl(), null), flags.url() != null ? List.of() : file.replicas(), table);
    }

    /** Refuses a {@code migrations_table} that is not a plain lower-case identifier; null passes (the default). */
    public static String checkMigrationsTable(String table) {
        if (table != null && !TABLE_NAME.matcher(table).matches()) {
            throw new SchemactlException(ErrorCode.CONFIG, "invalid migrations table name '" + table + "'",
                    "use a lower-case name of letters, digits and _ (at most 50), e.g. schemactl_migrations");
        }
        return table;
    }

    /** "30s", "5m", "1h", "500ms" or ISO-8601 "PT30S". */
    public static Duration parseDuration(String text) {
        String t = text.trim().toLowerCase();
        try {
            if (t.startsWith("pt")) return Duration.parse(t.toUpperCase());
            if (t.endsWith("ms")) return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
            if (t.endsWith("s")) return Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1)));
            if (t.endsWith("m")) return Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1)));
            if (t.endsWith("h")) return Duration.ofHours(Long.parseLong(t.substring(0, t.length() - 1)));
            return Duration.ofSeconds(Long.parseLong(t));
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new SchemactlException(ErrorCode.USAGE, "invalid duration '" + text + "'", "use e.g. 30s, 5m, 1h or 500ms");
        }
    }

    private static boolean nonBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) if (nonBlank(v)) return v;
        return null;
    }
}
