package dev.schemactl.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = DumpCommand.NAME, mixinStandardHelpOptions = true,
        description = {DumpCommand.SUMMARY,
                "migration versions. Needs no pg_dump or mysqldump."})
final class DumpCommand implements Callable<Integer> {
    /** The name and the summary line the root's usage lists (RootHelp reads these, not the annotation). */
    static final String NAME = "dump";
    static final String SUMMARY = "Write a deterministic schema file: CREATE statements read from the database plus the applied";

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
