package dev.schemactl.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

@Command(name = MigrateCommand.NAME, mixinStandardHelpOptions = true,
        description = MigrateCommand.SUMMARY)
final class MigrateCommand implements Callable<Integer> {
    /** The name and the summary line the root's usage lists (RootHelp reads these, not the annotation). */
    static final String NAME = "migrate";
    static final String SUMMARY = "Apply pending migrations (the database must exist; `up` creates it).";

    @ParentCommand
    SchemactlCommand root;

    @Mixin
    GateOptions gate;

    @Mixin
    ReplicaOptions replicas;

    @Option(names = "--to", paramLabel = "VERSION", description = "Apply only up to and including this version.")
    String to;

    @Option(names = "--dry-run", description = "Print the SQL of the pending migrations instead of applying them.")
    boolean dryRun;

    @Override
    public Integer call() {
        root.emit(dryRun ? root.migrations(gate).planMigrate(to)
                : replicas.apply(root.migrations(gate), root.context).migrate(to, gate.token(root.context)));
        return 0;
    }
}
