package dev.schemactl.cli;

import dev.schemactl.migration.MigrationClock;
import dev.schemactl.service.BaselineService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

@Command(name = BaselineCommand.NAME, mixinStandardHelpOptions = true,
        description = {BaselineCommand.SUMMARY,
                "its current schema (with the rollback `new` would write) and mark it applied without running it.",
                "Later migrations, `verify` and drift then replay the baseline on their shadow databases first.",
                "Needs an empty migrations directory; `rollback` never undoes the baseline on a live database."})
final class BaselineCommand implements Callable<Integer> {
    /** The name and the summary line the root's usage lists (RootHelp reads these, not the annotation). */
    static final String NAME = "baseline";
    static final String SUMMARY = "Adopt a database made before schemactl: write migrations/versions/<version>_<name>.sql that creates";

    @ParentCommand
    SchemactlCommand root;

    @Option(names = {"-m", "--message"}, paramLabel = "NAME", defaultValue = "baseline",
            description = "The file's name (default ${DEFAULT-VALUE}).")
    String message;

    @Option(names = "--dry-run", description = "Print the baseline instead of writing it and marking it applied.")
    boolean dryRun;

    @Override
    public Integer call() {
        root.emit(new BaselineService(root.settings(), MigrationClock.fromEnvironment(root.context.env())).baseline(message, dryRun));
        return 0;
    }
}
