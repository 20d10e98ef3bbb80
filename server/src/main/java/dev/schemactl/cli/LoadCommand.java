package dev.schemactl.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Restore a schema file written by `dump` into an empty database and mark its migrations applied.")
final class LoadCommand implements Callable<Integer> {
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
