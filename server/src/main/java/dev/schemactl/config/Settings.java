package dev.schemactl.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Resolved configuration: flags > environment (DATABASE_URL, .env) > schemactl.yaml > defaults.
 *
 * @param urlSource      where the URL came from ("--url", "DATABASE_URL", ".env", "schemactl.yaml", "default")
 * @param exclude        schemactl.yaml's exclude globs: objects schemactl neither plans nor drops
 * @param schemas        the PostgreSQL schemas schemactl manages (schemactl.yaml {@code schemas:}); empty means public
 * @param policyOrigin   where {@code policy} came from ("--policy", "SCHEMACTL_POLICY", ".env", "schemactl.yaml"),
 *                       null when no policy is configured (the built-in default)
 * @param projectPolicy  the policy schemactl.yaml names (the project's own), null when it names none
 * @param allowedSigners schemactl.yaml's approvals.allowed_signers: approvals must be SSH signatures by these keys;
 *                       null when not configured (a policy may configure it too)
 * @param directUrl      the URL migrations take when {@code url} goes through a connection pooler (schemactl.yaml
 *                       {@code direct_url}, SCHEMACTL_DIRECT_URL); null when none. It pairs with the configured URL
 *                       only: {@code --url} and fleet targets do not inherit it
 * @param replicas       schemactl.yaml {@code replicas:}: replica URLs {@code --max-replica-lag} asks (MariaDB/MySQL;
 *                       PostgreSQL finds its streaming replicas in pg_stat_replication)
 * @param migrationsTable the tracking table's name (schemactl.yaml {@code migrations_table}, SCHEMACTL_MIGRATIONS_TABLE,
 *                       {@code --migrations-table}); null means {@code schema_migrations}
 */
public record Settings(Path projectDir, String url, String urlSource, Path migrationsDir, Models models,
                       Path policy, Renames renames, Duration lockTimeout, String environment, List<String> exclude,
                       List<String> schemas, String policyOrigin, Path projectPolicy, Path allowedSigners,
                       String directUrl, List<String> replicas, String migrationsTable) {

    public Settings {
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
        schemas = schemas == null ? List.of() : List.copyOf(schemas);
        replicas = replicas == null ? List.of() : List.copyOf(replicas);
    }

    public Settings(Path projectDir, String url, String urlSource, Path migrationsDir, Models models,
                    Path policy, Renames renames, Duration lockTimeout, String environment, List<String> exclude,
                    List<String> schemas, String policyOrigin, Path projectPolicy, Path allowedSigners,
                    String directUrl, List<String> replicas) {
        this(projectDir, url, urlSource, migrationsDir, models, policy, renames, lockTimeout, environment, exclude, schemas,
                policyOrigin, projectPolicy, allowedSigners, directUrl, replicas, null);
    }

    public Settings(Path projectDir, String url, String urlSource, Path migrationsDir, Models models,
                    Path policy, Renames renames, Duration lockTimeout, String environment) {
        this(projectDir, url, urlSource, migrationsDir, models, policy, renames, lockTimeout, environment, List.of(), List.of(),
                null, null, null, null, List.of());
    }

    public Settings(Path projectDir, String url, String urlSource, Path migrationsDir, Models models,
                    Path policy, Renames renames, Duration lockTimeout, String environment, String policyOrigin,
                    Path projectPolicy, Path allowedSigners) {
        this(projectDir, url, urlSource, migrationsDir, models, policy, renames, lockTimeout, environment, List.of(), List.of(),
                policyOrigin, projectPolicy, allowedSigners, null, List.of());
    }

    public static final String DEFAULT_URL = "h2:./.schemactl/dev";

    /**
     * @param naming how entity names become table and column names ({@code models.naming}); {@link Naming#AUTO}
     *               detects it from the application's Spring Boot settings
     */
    public record Models(List<String> classpath, List<String> packages, String build, Naming naming) {
        public Models {
            classpath = classpath == null ? List.of() : List.copyOf(classpath);
            packages = packages == null ? List.of() : List.copyOf(packages);
            naming = naming == null ? Naming.AUTO : naming;
        }

        public Models(List<String> classpath, List<String> packages, String build) {
            this(classpath, packages, build, Naming.AUTO);
        }

        public static final Models NONE = new Models(List.of(), List.of(), null);
    }

    /**
     * {@code models.naming}: a preset ({@code spring}, {@code hibernate}) or the class names of a physical and an
     * implicit naming strategy (either may be null: that side keeps the Spring Boot or Hibernate default).
     * All null: detect.
     */
    public record Naming(String preset, String physical, String implicit) {
        public static final Naming AUTO = new Naming(null, null, null);

        public boolean auto() {
            return preset == null && physical == null && implicit == null;
        }
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
                exclude, schemas, policyOrigin, projectPolicy, allowedSigners, null, List.of(), migrationsTable);
    }

    public DatabaseUrl databaseUrl() {
        return parseUrl(url);
    }

    /** Another URL of this project (--to-url, --from-url, a shadow): relative to it, inspecting the same schemas. */
    public DatabaseUrl parseUrl(String text) {
        return DatabaseUrl.parse(text, projectDir).withSchemas(schemas).withTrackingTable(migrationsTable);
    }

    public Path versionsDir() {
        return migrationsDir.resolve("versions");
    }
}
