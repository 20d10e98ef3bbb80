package dev.schemactl.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

@Command(name = CreateCommand.NAME, mixinStandardHelpOptions = true, description = CreateCommand.SUMMARY)
final class CreateCommand implements Callable<Integer> {
    /** The name and the summary line the root's usage lists (RootHelp reads these, not the annotation). */
    static final String NAME = "create";
    static final String SUMMARY = "Create the database (no-op when it exists).";

    @ParentCommand
    SchemactlCommand root;

    @Override
    public Integer call() {
        root.emit(root.migrations().create());
        return 0;
    }
}
