package dev.schemactl.spring;

import dev.schemactl.config.DatabaseUrl;
import dev.schemactl.error.SchemactlException;
import dev.schemactl.risk.ReportText;
import dev.schemactl.service.GateRefusal;

/**
 * schemactl stopped the application's startup: a plan the policy refused or wants confirmed, or any other schemactl
 * error (bad migration file, lock timeout, ...). The message is what the CLI prints for the same failure: the findings
 * the policy stops on, then the one-line error with the exact `schemactl approve` command.
 */
public class SchemactlStartupException extends RuntimeException {
    private final transient SchemactlException error;

    public SchemactlStartupException(SchemactlException error) {
        super(describe(error));
        this.error = error;
    }

    public SchemactlException error() {
        return error;
    }

    /** The approve command a human runs, when a confirmation would let the startup go on; else null. */
    public String approveCommand() {
        return error instanceof GateRefusal refusal ? refusal.verdict().approveCommand() : null;
    }

    private static String describe(SchemactlException error) {
        String line = "schemactl did not apply the pending migrations: " + DatabaseUrl.maskText(error.oneLine());
        if (error instanceof GateRefusal refusal && refusal.report() != null) {
            return line + "\nRisk findings that the policy stops on:\n" + ReportText.render(refusal.report()).stripTrailing();
        }
        return line;
    }
}
