package dev.schemactl.service;

import dev.schemactl.error.SchemactlException;
import dev.schemactl.risk.RiskReport;

/**
 * The policy gate refused to run a migrate or rollback (exit code 3): the verdict (with the exact `schemactl approve`
 * command when a human can allow it) and the findings that led to it, for the faces to show.
 */
public final class GateRefusal extends SchemactlException {
    private final transient PolicyGate.Verdict verdict;
    private final transient RiskReport report;

    GateRefusal(SchemactlException refusal, PolicyGate.Verdict verdict, RiskReport report) {
        super(refusal.code(), refusal.getMessage(), refusal.hint());
        this.verdict = verdict;
        this.report = report;
    }

    public PolicyGate.Verdict verdict() {
        return verdict;
    }

    public RiskReport report() {
        return report;
    }
}
