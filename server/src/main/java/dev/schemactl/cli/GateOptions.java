package dev.schemactl.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The policy gate's options, shared by migrate, up and rollback / down. */
final class GateOptions {
    @Option(names = "--policy", paramLabel = "FILE",
            description = "Policy file (default: SCHEMACTL_POLICY, schemactl.yaml's policy, else the built-in default).")
    Path policy;

    @Option(names = "--env", paramLabel = "NAME", description = "Environment name for the policy (default: SCHEMACTL_ENV).")
    String environment;

    @Option(names = "--confirm", paramLabel = "TOKEN",
            description = "Approval token from `schemactl approve` for a plan that needs confirmation "
                    + "(default: SCHEMACTL_CONFIRM_TOKEN). Valid once, for exactly this SQL on this database.")
    String confirm;

    /** The token: --confirm, else SCHEMACTL_CONFIRM_TOKEN; null when neither is set. */
    String token(CliContext context) {
        if (confirm != null && !confirm.isBlank()) return confirm.strip();
        String fromEnv = context.env().get("SCHEMACTL_CONFIRM_TOKEN");
        return fromEnv == null || fromEnv.isBlank() ? null : fromEnv.strip();
    }
}
