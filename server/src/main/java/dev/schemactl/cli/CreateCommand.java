package dev.schemactl.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

@Command(name = "create", mixinStandardHelpOptions = true, description = "Create the database (no-op when it exists).")
final class CreateCommand implements Callable<Integer> {
    @ParentCommand
    SchemactlCommand root;

    @Override
    public Integer call() {
        root.emit(root.migrations().create());
        return 0;
    }
}
