package dev.schemactl.spring;

import dev.schemactl.config.DatabaseUrl;
import dev.schemactl.config.Settings;
import dev.schemactl.config.SettingsLoader;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import dev.schemactl.migration.MigrationClock;
import dev.schemactl.service.GateRefusal;
import dev.schemactl.service.MigrateResult;
import dev.schemactl.service.MigrationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.support.ResourcePatternResolver;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/**
 * Applies the pending migrations on the application's DataSource when the context starts, before the
 * EntityManagerFactory (see {@link SchemactlDatabaseInitializerDetector}): the same use case as {@code schemactl up},
 * under the same migration lock and policy gate. A refusal stops the startup with {@link SchemactlStartupException}.
 */
public class SchemactlMigrationInitializer implements InitializingBean {
    private static final Logger LOG = LoggerFactory.getLogger(SchemactlMigrationInitializer.class);

    private final DataSource dataSource;
    private final SchemactlProperties properties;
    private final String applicationName;
    private final Map<String, String> env;
    private final ResourcePatternResolver resources;
    private MigrateResult result;

    public SchemactlMigrationInitializer(DataSource dataSource, SchemactlProperties properties, String applicationName,
                                         Map<String, String> env, ResourcePatternResolver resources) {
        this.dataSource = dataSource;
        this.properties = properties;
        this.applicationName = applicationName;
        this.env = Map.copyOf(env);
        this.resources = resources;
    }

    @Override
    public void afterPropertiesSet() {
        requireLiquibase4(liquibaseVersion());
        String location = properties.getMigrationsDir();
        if (!ClasspathMigrations.isClasspath(location)) {
            apply(path(location), null);
            return;
        }
        try (ClasspathMigrations packaged = ClasspathMigrations.copy(location, resources)) {
            apply(packaged.dir(), ClasspathMigrations.sourceFolder(location));
        } catch (SchemactlException e) {
            throw new SchemactlStartupException(e, null);
        }
    }

    /** @param approveDir what the approve command names as --migrations-dir; null: the directory itself */
    private void apply(Path migrationsDir, String approveDir) {
        Settings settings = null;
        try {
            settings = settings(migrationsDir);
            MigrationService migrations = new MigrationService(settings, MigrationClock.fromEnvironment(env), env)
                    .on(dataSource).actor("spring:" + applicationName)
                    .onApproval(v -> LOG.info("schemactl: {}", v.message()))
                    .onWarning(w -> LOG.warn("schemactl: {}", w));
            result = migrations.up(blankToNull(properties.getTarget()), token());
            result.text().lines().forEach(line -> LOG.info("schemactl: {}", line));
        } catch (GateRefusal refusal) {
            String command = refusal.verdict() == null ? null : refusal.verdict().approveCommand();
            throw new SchemactlStartupException(refusal, command == null ? null : command + " --url " + databaseUrl()
                    + " --migrations-dir " + (approveDir != null ? approveDir : settings.migrationsDir()));
        } catch (SchemactlException e) {
            throw new SchemactlStartupException(e, null);
        }
    }

    /** The application's database as `schemactl --url` takes it (no password: the human's environment has it). */
    private String databaseUrl() {
        try (Connection c = dataSource.getConnection()) {
            return DatabaseUrl.maskText(c.getMetaData().getURL());
        } catch (SQLException e) {
            return "URL";
        }
    }

    /**
     * schemactl applies through Liquibase 4 (built on 4.33.0). Spring Boot 4's BOM manages Liquibase 5, which an
     * application's own dependency management would put on the classpath: say so instead of failing somewhere inside.
     */
    static void requireLiquibase4(String version) {
        if (version != null && version.startsWith("4.")) return;
        throw new SchemactlStartupException(new SchemactlException(ErrorCode.CONFIG, "schemactl applies migrations through "
                + "Liquibase 4 (built on 4.33.0), and the application has Liquibase " + (version == null ? "of an unknown version" : version),
                "set <liquibase.version>4.33.0</liquibase.version> in the application's pom (Spring Boot's BOM manages Liquibase 5)"), null);
    }

    private static String liquibaseVersion() {
        try {
            return liquibase.util.LiquibaseUtil.getBuildVersion();
        } catch (LinkageError e) {
            return null;
        }
    }

    /** What the startup applied (and the status after it). */
    public MigrateResult result() {
        return result;
    }

    private Settings settings(Path migrationsDir) {
        SettingsLoader.Flags flags = new SettingsLoader.Flags(null, migrationsDir,
                path(properties.getPolicy()), properties.getLockTimeout(), blankToNull(properties.getEnv()),
                blankToNull(properties.getMigrationsTable()));
        return SettingsLoader.load(Path.of(properties.getProjectDir()), flags, env);
    }

    private String token() {
        String configured = blankToNull(properties.getConfirmToken());
        return configured != null ? configured : blankToNull(env.get("SCHEMACTL_CONFIRM_TOKEN"));
    }

    private static Path path(String text) {
        return text == null || text.isBlank() ? null : Path.of(text);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
