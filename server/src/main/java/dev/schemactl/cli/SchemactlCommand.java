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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ScopeType;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The root command: its options (inherited by every subcommand) and the subcommands. Its model is built in code
 * ({@link #rootSpec}), not read from annotations: reading annotations makes the JVM generate a proxy class per annotation
 * type, which no class-data archive holds, and that with picocli's reflection over this class was half of a `--help`.
 */
public final class SchemactlCommand {
    private record Subcommand(Class<?> type, RootHelp.Listed listed) {
        CommandLine create(SchemactlCommand root, CommandLine.IFactory factory) throws Exception {
            if (type == StatusCommand.class) return new CommandLine(StatusCommand.spec(root), factory);
            return new CommandLine(factory.create(type), factory);
        }

        static Subcommand of(Class<?> type, String name, String summary, String... aliases) {
            List<String> names = new ArrayList<>(List.of(name));
            names.addAll(List.of(aliases));
            return new Subcommand(type, new RootHelp.Listed(List.copyOf(names), summary));
        }
    }

    /** The subcommands, in the order --help lists them; names and summaries are the constants their annotations use. */
    private static final List<Subcommand> SUBCOMMANDS = List.of(
            Subcommand.of(NewCommand.class, NewCommand.NAME, NewCommand.SUMMARY),
            Subcommand.of(BaselineCommand.class, BaselineCommand.NAME, BaselineCommand.SUMMARY),
            Subcommand.of(UpCommand.class, UpCommand.NAME, UpCommand.SUMMARY),
            Subcommand.of(MigrateCommand.class, MigrateCommand.NAME, MigrateCommand.SUMMARY),
            Subcommand.of(RollbackCommand.class, RollbackCommand.NAME, RollbackCommand.SUMMARY, RollbackCommand.ALIAS),
            Subcommand.of(StatusCommand.class, StatusCommand.NAME, StatusCommand.SUMMARY),
            Subcommand.of(CreateCommand.class, CreateCommand.NAME, CreateCommand.SUMMARY),
            Subcommand.of(DropCommand.class, DropCommand.NAME, DropCommand.SUMMARY),
            Subcommand.of(WaitCommand.class, WaitCommand.NAME, WaitCommand.SUMMARY),
            Subcommand.of(DiffCommand.class, DiffCommand.NAME, DiffCommand.SUMMARY),
            Subcommand.of(DumpCommand.class, DumpCommand.NAME, DumpCommand.SUMMARY),
            Subcommand.of(LoadCommand.class, LoadCommand.NAME, LoadCommand.SUMMARY),
            Subcommand.of(ApproveCommand.class, ApproveCommand.NAME, ApproveCommand.SUMMARY),
            Subcommand.of(LintCommand.class, LintCommand.NAME, LintCommand.SUMMARY, LintCommand.ALIAS),
            Subcommand.of(VerifyCommand.class, VerifyCommand.NAME, VerifyCommand.SUMMARY),
            Subcommand.of(ServeCommand.class, ServeCommand.NAME, ServeCommand.SUMMARY),
            Subcommand.of(ErdCommand.class, ErdCommand.NAME, ErdCommand.SUMMARY),
            Subcommand.of(FleetCommand.class, FleetCommand.NAME, FleetCommand.SUMMARY));

    final CliContext context;

    /**
     * The command line for {@code args}: picocli builds the model (options, mixins, converters, by reflection) only of
     * the subcommands that {@code args} name, and the root's usage lists every subcommand ({@link RootHelp}); building
     * all eighteen was most of a `--help`. {@code args == null}: all of them.
     */
    public static CommandLine commandLine(SchemactlCommand root, CommandLine.IFactory factory, String[] args) {
        CommandSpec rootSpec = rootSpec(root);
        CommandLine cli = new CommandLine(rootSpec, factory);
        Set<String> named = args == null ? null : new java.util.HashSet<>(List.of(args));
        for (Subcommand command : SUBCOMMANDS) {
            if (named == null || command.listed().names().stream().anyMatch(named::contains)) {
                try {
                    cli.addSubcommand(command.create(root, factory));
                } catch (Exception e) {
                    throw new IllegalStateException("cannot create the " + command.listed().names().get(0) + " command", e);
                }
            }
        }
        List<RootHelp.Listed> listed = SUBCOMMANDS.stream().map(Subcommand::listed).toList();
        rootSpec.usageMessage().helpFactory((spec, colors) -> spec == rootSpec
                ? new RootHelp(spec, colors, listed) : new CommandLine.Help(spec, colors));
        return cli;
    }

    private static CommandSpec rootSpec(SchemactlCommand root) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(root).name("schemactl").version("schemactl 0.1.0");
        spec.usageMessage()
                .description("Schema evolution for Java projects: migrations from JPA entities, applied through Liquibase.")
                .footer("", "Exit codes: 0 ok, 1 error, 2 usage, 3 refused by policy, 4 pending (status --exit-code).",
                        "Also 1: lint --fail-on reached, verify found a failing rollback,",
                        "diff --check found changes, status --fail-on-drift found drift.");
        spec.addOption(inherited(OptionSpec.builder("-u", "--url").paramLabel("URL").type(String.class)
                .description("Database URL (postgres://, mysql://, mariadb://, h2:./path, h2:mem:name, jdbc:...). "
                        + "Default: DATABASE_URL, .env, schemactl.yaml, then h2:./.schemactl/dev."),
                () -> root.url, v -> root.url = (String) v));
        spec.addOption(inherited(OptionSpec.builder("-d", "--migrations-dir").paramLabel("DIR").type(Path.class)
                .description("Migrations directory (default: migrations)."),
                () -> root.migrationsDir, v -> root.migrationsDir = (Path) v));
        spec.addOption(inherited(OptionSpec.builder("--migrations-table").paramLabel("NAME").type(String.class)
                .description("schemactl's tracking table (default: schema_migrations; its _lock, _audit, _approvals and "
                        + "_meta tables follow the name). Use another when another tool (Rails, dbmate) owns schema_migrations."),
                () -> root.migrationsTable, v -> root.migrationsTable = (String) v));
        spec.addOption(inherited(OptionSpec.builder("--format").paramLabel("FORMAT").type(OutputFormat.class).defaultValue("text")
                .description("Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})."),
                () -> root.format, v -> root.format = (OutputFormat) v));
        spec.addOption(inherited(OptionSpec.builder("--lock-timeout").paramLabel("DURATION").type(String.class)
                .description("How long to wait for the migration lock (default 60s)."),
                () -> root.lockTimeout, v -> root.lockTimeout = (String) v));
        spec.addOption(inherited(OptionSpec.builder("-v", "--verbose").type(boolean.class)
                .description("Log details and show stack traces."),
                () -> root.verbose, v -> root.verbose = Boolean.TRUE.equals(v)));
        Bound.addStandardHelpOptions(spec);
        return spec;
    }

    private static OptionSpec inherited(OptionSpec.Builder option, Supplier<Object> get, Consumer<Object> set) {
        return Bound.option(option.scopeType(ScopeType.INHERIT), get, set);
    }

    String url;
    Path migrationsDir;
    String migrationsTable;
    OutputFormat format;
    String lockTimeout;
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
