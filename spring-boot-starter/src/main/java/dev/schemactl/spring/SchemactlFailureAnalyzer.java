package dev.schemactl.spring;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints a refused startup as schemactl's message and what to do, instead of a bean-creation stack trace. */
class SchemactlFailureAnalyzer extends AbstractFailureAnalyzer<SchemactlStartupException> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SchemactlStartupException cause) {
        String command = cause.approveCommand();
        String action = command != null
                ? "A human reviews the findings and runs `" + command + "` against this database, then the application "
                + "starts with schemactl.confirm-token (or SCHEMACTL_CONFIRM_TOKEN) set to what it prints."
                : cause.error().hint() == null ? "See the message above." : cause.error().hint();
        return new FailureAnalysis(cause.getMessage(), action, cause);
    }
}
