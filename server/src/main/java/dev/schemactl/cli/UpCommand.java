package dev.schemactl.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

@Command(name = "up", mixinStandardHelpOptions = true,
        description = "Create the database if it is missing, apply every pending migration, print the status.")
final class UpCommand implements Callable<Integer> {
    @ParentCommand
    SchemactlCommand root;

    @Mixin
    GateOptions gate;

    @Override
    public Integer call() {
        root.emit(root.migrations(gate).up(gate.token(root.context)));
        return 0;
    }
}
