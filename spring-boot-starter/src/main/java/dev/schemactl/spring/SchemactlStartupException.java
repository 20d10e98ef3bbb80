package dev.schemactl.spring;

import dev.schemactl.config.DatabaseUrl;
import dev.schemactl.error.SchemactlException;
import dev.schemactl.risk.ReportText;
import dev.schemactl.service.GateRefusal;

/**
 * schemactl stopped the application's startup: a plan the policy refused or wants confirmed, or any other schemactl
 * error (bad migration file, lock timeout, ...). The message is what the CLI shows for the same failure: the one-line
 * error, the findings the policy stops on and, when a human can allow the plan, the exact `schemactl approve` command.
 */
public class SchemactlStartupException extends RuntimeException {
    private final transient SchemactlException error;
    private final String approveCommand;

    /** @param approveCommand the full command a human runs to approve the refused plan; null when none can */
    public SchemactlStartupException(SchemactlException error, String approveCommand) {
        super(describe(error, approveCommand));
        this.error = error;
        this.approveCommand = approveCommand;
    }

    public SchemactlException error() {
        return error;
    }

    /** The `schemactl approve` command (with --url and --migrations-dir) a human runs; null when an approval cannot help. */
    public String approveCommand() {
        return approveCommand;
    }

    private static String describe(SchemactlException error, String approveCommand) {
        StringBuilder text = new StringBuilder("schemactl did not apply the pending migrations: ")
                .append(DatabaseUrl.maskText(error.getMessage()));
        if (approveCommand == null && error.hint() != null && !error.hint().isBlank()) {
            text.append(" — ").append(error.hint());
        }
        if (error instanceof GateRefusal refusal && refusal.report() != null) {
            text.append("\nRisk findings that the policy stops on:\n").append(ReportText.render(refusal.report()).stripTrailing());
        }
        if (approveCommand != null) {
            text.append("\nTo apply it, a human reviews the plan and runs `").append(approveCommand)
                    .append("` at a terminal, then starts the application with schemactl.confirm-token (or "
                            + "SCHEMACTL_CONFIRM_TOKEN) set to what it prints.");
        }
        return text.toString();
    }
}
