package dev.schemactl.cli;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

@Command(name = RollbackCommand.NAME, aliases = RollbackCommand.ALIAS, mixinStandardHelpOptions = true,
        description = RollbackCommand.SUMMARY)
final class RollbackCommand implements Callable<Integer> {
    /** The name and the summary line the root's usage lists (RootHelp reads these, not the annotation). */
    static final String NAME = "rollback";
    static final String ALIAS = "down";
    static final String SUMMARY = "Roll back the last applied migration, the last N (--steps) or every one after a version (--to).";

    @ParentCommand
    SchemactlCommand root;

    @Mixin
    GateOptions gate;

    @ArgGroup(exclusive = true)
    Target target;

    static final class Target {
        @Option(names = {"-s", "--steps"}, paramLabel = "N", description = "How many migrations to roll back (default 1).")
        Integer steps;

        @Option(names = "--to", paramLabel = "VERSION", description = "Roll back every migration applied after VERSION.")
        String to;
    }

    @Option(names = "--dry-run", description = "Print the rollback SQL that would run instead of running it.")
    boolean dryRun;

    @Override
    public Integer call() {
        Integer steps = target == null ? null : target.steps;
        String to = target == null ? null : target.to;
        root.emit(dryRun ? root.migrations(gate).planRollback(steps, to)
                : root.migrations(gate).rollback(steps, to, gate.token(root.context)));
        return 0;
    }
}
