package dev.schemactl.maven;

import dev.schemactl.config.Settings;
import dev.schemactl.config.SettingsLoader;
import dev.schemactl.diff.Renames;
import dev.schemactl.error.SchemactlException;
import dev.schemactl.migration.MigrationClock;
import dev.schemactl.service.DesiredSpec;
import dev.schemactl.service.Result;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What every goal shares: settings with the CLI's precedence (plugin configuration and -Dschemactl.* stand where the
 * CLI's flags do, then DATABASE_URL / .env, then schemactl.yaml), the entities read from this module's compiled
 * classes and its compile classpath, and schemactl's errors turned into one-line build failures.
 */
abstract class SchemactlMojo extends AbstractMojo {
    /** Liquibase logs through java.util.logging at INFO per changeset; kept here so the level sticks. */
    private static final java.util.logging.Logger LIQUIBASE_LOG = java.util.logging.Logger.getLogger("liquibase");
    private static final java.util.logging.Logger HIBERNATE_LOG = java.util.logging.Logger.getLogger("org.hibernate");

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    /** The database URL (like --url); default DATABASE_URL, .env, schemactl.yaml, then h2:./.schemactl/dev. */
    @Parameter(property = "schemactl.url")
    String url;

    /** The migrations directory (like --migrations-dir); default from schemactl.yaml, else migrations. */
    @Parameter(property = "schemactl.migrationsDir")
    File migrationsDir;

    /** The policy file (like --policy). */
    @Parameter(property = "schemactl.policy")
    File policy;

    /** The environment name the policy sees (like --env). */
    @Parameter(property = "schemactl.env")
    String environment;

    /** How long to wait for the migration lock, e.g. 30s (like --lock-timeout). */
    @Parameter(property = "schemactl.lockTimeout")
    String lockTimeout;

    /**
     * The tracking table's name (like --migrations-table); default SCHEMACTL_MIGRATIONS_TABLE, .env, migrations_table of
     * schemactl.yaml, else schema_migrations.
     */
    @Parameter(property = "schemactl.migrationsTable")
    String migrationsTable;

    /**
     * Packages holding the entities (sub-packages included); default models.packages of schemactl.yaml, else every
     * package of this module's compiled classes.
     */
    @Parameter(property = "schemactl.packages")
    List<String> packages;

    /** The directory holding schemactl.yaml, .env and the paths they name; default the module's directory. */
    @Parameter(property = "schemactl.projectDir", defaultValue = "${project.basedir}")
    File projectDir;

    /** Skip this goal. */
    @Parameter(property = "schemactl.skip", defaultValue = "false")
    boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("schemactl: skipped");
            return;
        }
        if (!getLog().isDebugEnabled()) {
            LIQUIBASE_LOG.setLevel(java.util.logging.Level.WARNING);
            HIBERNATE_LOG.setLevel(java.util.logging.Level.WARNING);
        }
        try {
            run();
        } catch (SchemactlException e) {
            String inMaven = e.code() == dev.schemactl.error.ErrorCode.CONFIRMATION
                    ? " (in Maven: -Dschemactl.confirm=TOKEN-OR-FILE, or SCHEMACTL_CONFIRM_TOKEN)" : "";
            throw new MojoFailureException(e.oneLine() + inMaven);
        }
    }

    abstract void run() throws MojoFailureException;

    Settings settings() {
        Path dir = projectDir.toPath();
        SettingsLoader.Flags flags = new SettingsLoader.Flags(url, migrationsDir == null ? null : migrationsDir.toPath(),
                policy == null ? null : policy.toPath(), lockTimeout == null ? null : SettingsLoader.parseDuration(lockTimeout),
                environment, migrationsTable);
        return SettingsLoader.load(dir, flags, System.getenv());
    }

    MigrationClock clock() {
        return MigrationClock.fromEnvironment(System.getenv());
    }

    /** The entities of this module: its output directory first, then its compile classpath. */
    DesiredSpec desired(Settings settings, String shadowUrl) {
        List<Path> classpath;
        try {
            classpath = project.getCompileClasspathElements().stream().map(Path::of).filter(p -> p.toFile().exists()).toList();
        } catch (DependencyResolutionRequiredException e) {
            throw new IllegalStateException("the compile classpath is not resolved", e);
        }
        Path classes = Path.of(project.getBuild().getOutputDirectory());
        List<String> scan = packages != null && !packages.isEmpty() ? packages
                : !settings.models().packages().isEmpty() ? settings.models().packages()
                : ModulePackages.of(classes);
        return new DesiredSpec(classpath, scan, null, null, shadowUrl);
    }

    Renames noRenames() {
        return Renames.parse(List.of());
    }

    void print(Result result) {
        print(result.text());
    }

    void print(String text) {
        text.lines().forEach(getLog()::info);
    }

    static Map<String, String> env() {
        return System.getenv();
    }
}
