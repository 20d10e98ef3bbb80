package dev.schemactl.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = LoadCommand.NAME, mixinStandardHelpOptions = true,
        description = LoadCommand.SUMMARY)
final class LoadCommand implements Callable<Integer> {
    /** The name and the summary line the root's usage lists (RootHelp reads these, not the annotation). */
    static final String NAME = "load";
    static final String SUMMARY = "Restore a schema file written by `dump` into an empty database and mark its migrations applied.";

    @ParentCommand
    SchemactlCommand root;

    @Option(names = "--schema-file", paramLabel = "FILE", defaultValue = "db/schema.sql",
            description = "The schema file (default ${DEFAULT-VALUE}).")
    Path schemaFile;

    @Override
    public Integer call() {
        root.emit(root.schemas().load(schemaFile));
        return 0;
    }
}
