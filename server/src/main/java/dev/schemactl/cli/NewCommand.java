package dev.schemactl.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

@Command(name = NewCommand.NAME, mixinStandardHelpOptions = true,
        description = {NewCommand.SUMMARY,
                "With models (schemactl.yaml, --models/--package), --to-url or --to-sql it holds the SQL that takes the",
                "live database there, with its rollback; with nothing to do it writes nothing. Without any desired state",
                "it writes an empty migration to fill in. The version comes from the clock, or SOURCE_DATE_EPOCH.",
                "A generated file is then checked like `schemactl verify VERSION` (unless --no-verify): a failing check",
                "keeps the file, prints a 'warning: rollback NOT verified' line and still exits 0."})
final class NewCommand implements Callable<Integer> {
    /** The name and the summary line the root's usage lists (RootHelp reads these, not the annotation). */
    static final String NAME = "new";
    static final String SUMMARY = "Write a new migration migrations/versions/<yyyyMMddHHmmss>_<name>.sql.";

    @ParentCommand
    SchemactlCommand root;

    @Option(names = {"-m", "--message"}, required = true, paramLabel = "NAME",
            description = "What the migration does, e.g. add_users (letters, digits, spaces, '-', '_').")
    String message;

    @Option(names = "--empty", description = "Write the empty template even when models are configured.")
    boolean empty;

    @Option(names = "--dry-run", description = "Print the migration instead of writing it.")
    boolean dryRun;

    @Option(names = "--no-verify", description = "Do not check the written migration's rollback on a shadow database.")
    boolean noVerify;

    @Option(names = "--no-safe-sql", negatable = false,
            description = "Write the plain SQL instead of the low-lock forms (PostgreSQL: no CONCURRENTLY, no NOT VALID + "
                    + "VALIDATE, no lock_timeout).")
    boolean noSafeSql;

    @Option(names = "--allow-drop-all", description = "Write the migration even when it drops every table of the database "
            + "(refused otherwise: an empty desired state is usually an accident).")
    boolean allowDropAll;

    @Mixin
    DesiredOptions desired;

    @Override
    public Integer call() {
        root.allowNewMigrationsDir();
        root.emit(root.schemas().newMigration(message, desired.spec().withAllowDropAll(allowDropAll), desired.renames(),
                dryRun, empty, !noSafeSql, !noVerify, desired.dropExtra));
        return 0;
    }
}
