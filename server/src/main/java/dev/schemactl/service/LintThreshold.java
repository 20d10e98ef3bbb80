package dev.schemactl.service;

import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import dev.schemactl.risk.Finding;
import dev.schemactl.risk.Severity;

/** lint's --fail-on (the Maven plugin's {@code failOn}): a severity every finding must stay below, or a score the report must stay below. */
public record LintThreshold(Severity severity, Integer score) {
    public static LintThreshold parse(String text) {
        Severity s = Severity.fromId(text.trim());
        if (s != null) return new LintThreshold(s, null);
        try {
            int n = Integer.parseInt(text.trim());
            if (n >= 0 && n <= 100) return new LintThreshold(null, n);
        } catch (NumberFormatException ignored) {
            // falls through to the usage error
        }
        throw new SchemactlException(ErrorCode.USAGE, "invalid --fail-on '" + text + "'",
                "use a severity (info, low, medium, high, critical) or a score from 0 to 100");
    }

    /** Why the report fails this threshold; null when it passes. */
    public String failure(RiskResult result) {
        if (severity != null) {
            for (Finding f : result.report().findings()) {
                if (f.severity().atLeast(severity)) {
                    return f.ruleId() + " at statement " + f.statement() + " is " + f.severity().id();
                }
            }
            return null;
        }
        return result.report().score() >= score ? "score " + result.report().score() + " is at least " + score : null;
    }
}
