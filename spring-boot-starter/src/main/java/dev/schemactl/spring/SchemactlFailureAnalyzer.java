package dev.schemactl.spring;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints a refused startup as schemactl's message and what to do, instead of a bean-creation stack trace. */
class SchemactlFailureAnalyzer extends AbstractFailureAnalyzer<SchemactlStartupException> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SchemactlStartupException cause) {
        String command = cause.approveCommand();
        String action = command != null
                ? "Run `" + command + "` (a human, at a terminal), then start the application with "
                + "schemactl.confirm-token=<what it prints>."
                : cause.error().hint() == null || cause.error().hint().isBlank() ? "See the message above." : cause.error().hint();
        return new FailureAnalysis(cause.getMessage(), action, cause);
    }
}
