package dev.schemactl.cli;

import dev.schemactl.service.StatusResult;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * {@code status}. Its picocli model is built in code ({@link #spec}), like the root's: agents and CI call status more
 * than anything, and reading annotations generates proxy classes at every start.
 */
final class StatusCommand implements Callable<Integer> {
    /** The name and the summary line the root's usage lists. */
    static final String NAME = "status";
    static final String SUMMARY = "List every migration: version, name, state, when it was applied, and whether it changed since.";

    static final int PENDING_EXIT_CODE = 4;
    static final int DRIFT_EXIT_CODE = 1;

    SchemactlCommand root;
    boolean exitCode;
    boolean quiet;
    boolean noDrift;
    boolean failOnDrift;
    String shadowUrl;
    boolean audit;
    int limit;

    static CommandSpec spec(SchemactlCommand root) {
        StatusCommand command = new StatusCommand();
        command.root = root;
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(NAME);
        spec.usageMessage().description(SUMMARY,
                "Then the drift of the live schema: the database compared with what the applied migrations produce on a",
                "shadow database (H2 in memory, a temporary database on the same server, or --shadow-url); every object",
                "that differs is listed. Skipped with a note when no shadow database can be made.");
        spec.addOption(flag("--exit-code", "Exit with 4 when a migration is pending.",
                () -> command.exitCode, v -> command.exitCode = v));
        spec.addOption(flag(new String[]{"-q", "--quiet"}, "Print nothing (use with --exit-code or --fail-on-drift).",
                () -> command.quiet, v -> command.quiet = v));
        spec.addOption(flag("--no-drift", "Do not check the live schema for drift.",
                () -> command.noDrift, v -> command.noDrift = v));
        spec.addOption(flag("--fail-on-drift", "Exit with 1 when the live schema drifted (checked before --exit-code).",
                () -> command.failOnDrift, v -> command.failOnDrift = v));
        spec.addOption(Bound.option(OptionSpec.builder("--shadow-url").paramLabel("URL").type(String.class)
                .description("An empty database of the same engine to replay the applied migrations on (default: a temporary one)."),
                () -> command.shadowUrl, v -> command.shadowUrl = (String) v));
        spec.addOption(flag("--audit", "Show the audit ledger instead: every gate decision on this database "
                + "(plan, findings, decision, policy and digest, signers, outcome), oldest first.",
                () -> command.audit, v -> command.audit = v));
        spec.addOption(Bound.option(OptionSpec.builder("--limit").paramLabel("N").type(int.class).defaultValue("50")
                .description("With --audit: the newest N entries (default 50)."),
                () -> command.limit, v -> command.limit = v == null ? 0 : (Integer) v));
        Bound.addStandardHelpOptions(spec);
        return spec;
    }

    private static OptionSpec flag(String name, String description, Supplier<Boolean> get, Consumer<Boolean> set) {
        return flag(new String[]{name}, description, get, set);
    }

    private static OptionSpec flag(String[] names, String description, Supplier<Boolean> get, Consumer<Boolean> set) {
        return Bound.option(OptionSpec.builder(names).type(boolean.class).description(description),
                get::get, v -> set.accept(Boolean.TRUE.equals(v)));
    }

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
