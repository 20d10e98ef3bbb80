package dev.schemactl.cli;

import dev.schemactl.service.StatusResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"List every migration: version, name, state, when it was applied, and whether it changed since.",
                "Then the drift of the live schema: the database compared with what the applied migrations produce on a",
                "shadow database (H2 in memory, a temporary database on the same server, or --shadow-url); every object",
                "that differs is listed. Skipped with a note when no shadow database can be made."})
final class StatusCommand implements Callable<Integer> {
    static final int PENDING_EXIT_CODE = 4;
    static final int DRIFT_EXIT_CODE = 1;

    @ParentCommand
    SchemactlCommand root;

    @Option(names = "--exit-code", description = "Exit with 4 when a migration is pending.")
    boolean exitCode;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing (use with --exit-code or --fail-on-drift).")
    boolean quiet;

    @Option(names = "--no-drift", description = "Do not check the live schema for drift.")
    boolean noDrift;

    @Option(names = "--fail-on-drift", description = "Exit with 1 when the live schema drifted (checked before --exit-code).")
    boolean failOnDrift;

    @Option(names = "--shadow-url", paramLabel = "URL",
            description = "An empty database of the same engine to replay the applied migrations on (default: a temporary one).")
    String shadowUrl;

    @Option(names = "--audit", description = "Show the audit ledger instead: every gate decision on this database "
            + "(plan, findings, decision, policy and digest, signers, outcome), oldest first.")
    boolean audit;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "With --audit: the newest N entries (default 50).")
    int limit;

    @Override
    public Integer call() {
        if (audit) {
            root.emit(root.migrations().audit(limit));
            return 0;
        }
        boolean drift = !noDrift && (!quiet || failOnDrift);
        StatusResult result = root.migrations().status(drift, shadowUrl);
        if (!quiet) root.emit(result);
        if (failOnDrift && drift && !result.drift().checked()) {
            root.context.err().println("warning: drift not checked: " + result.drift().note());
        }
        if (failOnDrift && result.drift().drifted()) return DRIFT_EXIT_CODE;
        return exitCode && result.status().pending() > 0 ? PENDING_EXIT_CODE : 0;
    }
}
