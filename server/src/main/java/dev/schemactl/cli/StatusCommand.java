package dev.schemactl.cli;

import dev.schemactl.service.StatusResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = "List every migration: version, name, state, when it was applied, and whether it changed since.")
final class StatusCommand implements Callable<Integer> {
    static final int PENDING_EXIT_CODE = 4;

    @ParentCommand
    SchemactlCommand root;

    @Option(names = "--exit-code", description = "Exit with 4 when a migration is pending.")
    boolean exitCode;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing (use with --exit-code).")
    boolean quiet;

    @Override
    public Integer call() {
        StatusResult result = root.migrations().status();
        if (!quiet) root.emit(result);
        return exitCode && result.status().pending() > 0 ? PENDING_EXIT_CODE : 0;
    }
}
