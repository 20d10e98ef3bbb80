package dev.schemactl.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

@Command(name = "new", mixinStandardHelpOptions = true,
        description = {"Write a new migration file migrations/versions/<yyyyMMddHHmmss>_<name>.sql.",
                "The version comes from the clock, or from SOURCE_DATE_EPOCH when set."})
final class NewCommand implements Callable<Integer> {
    @ParentCommand
    SchemactlCommand root;

    @Option(names = {"-m", "--message"}, required = true, paramLabel = "NAME",
            description = "What the migration does, e.g. add_users (letters, digits, spaces, '-', '_').")
    String message;

    @Override
    public Integer call() {
        root.emit(root.migrations().newEmptyMigration(message));
        return 0;
    }
}
