package dev.schemactl.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "dump", mixinStandardHelpOptions = true,
        description = {"Write a deterministic schema file: CREATE statements read from the database plus the applied",
                "migration versions. Needs no pg_dump or mysqldump."})
final class DumpCommand implements Callable<Integer> {
    @ParentCommand
    SchemactlCommand root;

    @Option(names = "--schema-file", paramLabel = "FILE", defaultValue = "db/schema.sql",
            description = "Where to write it (default ${DEFAULT-VALUE}; '-' for stdout).")
    String schemaFile;

    @Override
    public Integer call() {
        root.emit(root.schemas().dump("-".equals(schemaFile) ? null : Path.of(schemaFile)));
        return 0;
    }
}
