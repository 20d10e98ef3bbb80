package dev.schemactl.cli;

import dev.schemactl.config.Settings;
import dev.schemactl.config.SettingsLoader;
import dev.schemactl.migration.MigrationClock;
import dev.schemactl.service.FleetService;
import dev.schemactl.service.MigrationService;
import dev.schemactl.service.RiskService;
import dev.schemactl.service.Result;
import dev.schemactl.service.SchemaService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

@Command(name = "schemactl", mixinStandardHelpOptions = true, version = "schemactl 0.1.0",
        description = "Schema evolution for Java projects: migrations from JPA entities, applied through Liquibase.",
        footer = {"", "Exit codes: 0 ok, 1 error, 2 usage, 3 refused by policy, 4 pending (status --exit-code).",
                "Also 1: lint --fail-on reached, verify found a failing rollback,",
                "diff --check found changes, status --fail-on-drift found drift."})
public final class SchemactlCommand {
    /** The subcommands, in the order --help lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(NewCommand.class, BaselineCommand.class, UpCommand.class,
            MigrateCommand.class, RollbackCommand.class, StatusCommand.class, CreateCommand.class, DropCommand.class,
            WaitCommand.class, DiffCommand.class, DumpCommand.class, LoadCommand.class, ApproveCommand.class,
            LintCommand.class, VerifyCommand.class, ServeCommand.class, ErdCommand.class, FleetCommand.class);

    final CliContext context;

    /**
     * The command line for {@code args}: picocli builds the model (options, mixins, converters, by reflection) only of
     * the subcommands that {@code args} name, and the root's usage lists every subcommand from its {@code @Command}
     * annotation ({@link RootHelp}); building all eighteen was most of a `--help`. {@code args == null}: all in full.
     */
    public static CommandLine commandLine(SchemactlCommand root, CommandLine.IFactory factory, String[] args) {
        CommandLine cli = new CommandLine(root, factory);
        Set<String> named = args == null ? null : new java.util.HashSet<>(List.of(args));
        List<RootHelp.Listed> listed = new ArrayList<>();
        for (Class<?> type : SUBCOMMANDS) {
            RootHelp.Listed command = RootHelp.Listed.of(type.getAnnotation(Command.class));
            listed.add(command);
            if (named == null || command.names().stream().anyMatch(named::contains)) {
                try {
                    cli.addSubcommand(factory.create(type));
                } catch (Exception e) {
                    throw new IllegalStateException("cannot create the " + command.names().get(0) + " command", e);
                }
            }
        }
        CommandSpec rootSpec = cli.getCommandSpec();
        rootSpec.usageMessage().helpFactory((spec, colors) -> spec == rootSpec
                ? new RootHelp(spec, colors, listed) : new CommandLine.Help(spec, colors));
        return cli;
    }

    @Option(names = {"-u", "--url"}, scope = ScopeType.INHERIT, paramLabel = "URL",
            description = "Database URL (postgres://, mysql://, mariadb://, h2:./path, h2:mem:name, jdbc:...). "
                    + "Default: DATABASE_URL, .env, schemactl.yaml, then h2:./.schemactl/dev.")
    String url;

    @Option(names = {"-d", "--migrations-dir"}, scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Migrations directory (default: migrations).")
    Path migrationsDir;

    @Option(names = "--migrations-table", scope = ScopeType.INHERIT, paramLabel = "NAME",
            description = "schemactl's tracking table (default: schema_migrations; its _lock, _audit, _approvals and "
                    + "_meta tables follow the name). Use another when another tool (Rails, dbmate) owns schema_migrations.")
    String migrationsTable;

    @Option(names = "--format", scope = ScopeType.INHERIT, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--lock-timeout", scope = ScopeType.INHERIT, paramLabel = "DURATION",
            description = "How long to wait for the migration lock (default 60s).")
    String lockTimeout;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT, description = "Log details and show stack traces.")
    boolean verbose;

    public SchemactlCommand(CliContext context) {
        this.context = context;
    }

    Settings settings() {
        return settings(null, null);
    }

    /** Settings with a command's own --policy and --env (null when not given). */
    Settings settings(Path policy, String environment) {
        Duration lock = lockTimeout == null ? null : SettingsLoader.parseDuration(lockTimeout);
        Settings settings = SettingsLoader.load(context.workingDir(),
                new SettingsLoader.Flags(url, migrationsDir, policy, lock, environment, migrationsTable), context.env());
        if (migrationsDir != null && !migrationsDirMayBeNew && !java.nio.file.Files.isDirectory(settings.migrationsDir())) {
            throw new dev.schemactl.error.SchemactlException(dev.schemactl.error.ErrorCode.NOT_FOUND,
                    "the migrations directory " + migrationsDir + " does not exist (" + settings.migrationsDir() + ")",
                    "check --migrations-dir, or create it with `schemactl new --migrations-dir " + migrationsDir + " -m NAME`");
        }
        return settings;
    }

    /** Commands that create the migrations directory (new) accept a --migrations-dir that does not exist yet. */
    private boolean migrationsDirMayBeNew;

    void allowNewMigrationsDir() {
        migrationsDirMayBeNew = true;
    }

    MigrationService migrations() {
        return new MigrationService(settings(), MigrationClock.fromEnvironment(context.env()), context.env());
    }

    /** The migration use cases behind the policy gate of a command with {@link GateOptions}. */
    MigrationService migrations(GateOptions gate) {
        return new MigrationService(settings(gate.policy, gate.environment), MigrationClock.fromEnvironment(context.env()),
                context.env()).onApproval(v -> {
                    context.err().println(v.message());
                    context.err().flush();
                }).onWarning(w -> {
                    context.err().println(w);
                    context.err().flush();
                });
    }

    RiskService risk() {
        return new RiskService(settings());
    }

    FleetService fleet() {
        return new FleetService(settings(), MigrationClock.fromEnvironment(context.env()), context.env());
    }

    SchemaService schemas() {
        return new SchemaService(settings(), MigrationClock.fromEnvironment(context.env()));
    }

    void emit(Result result) {
        if (format == OutputFormat.json) {
            context.out().println(Json.write(result));
        } else {
            context.out().print(result.text());
        }
        context.out().flush();
    }
}
