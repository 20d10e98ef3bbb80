package dev.schemactl.cli;

import dev.schemactl.config.SettingsLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

@Command(name = WaitCommand.NAME, mixinStandardHelpOptions = true,
        description = WaitCommand.SUMMARY)
final class WaitCommand implements Callable<Integer> {
    /** The name and the summary line the root's usage lists (RootHelp reads these, not the annotation). */
    static final String NAME = "wait";
    static final String SUMMARY = "Wait until the database server accepts connections (retries with backoff).";

    @ParentCommand
    SchemactlCommand root;

    @Option(names = "--wait-timeout", paramLabel = "DURATION", defaultValue = "60s",
            description = "Give up after this long (default ${DEFAULT-VALUE}).")
    String waitTimeout;

    @Override
    public Integer call() {
        root.emit(root.migrations().waitFor(SettingsLoader.parseDuration(waitTimeout)));
        return 0;
    }
}
