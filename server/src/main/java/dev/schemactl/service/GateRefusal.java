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
    private final String planId;

    GateRefusal(SchemactlException refusal, PolicyGate.Verdict verdict, RiskReport report) {
        this(refusal, verdict, report, null);
    }

    /** @param planId protected mode: the id under which the server stored the refused plan for a human to approve */
    public GateRefusal(SchemactlException refusal, PolicyGate.Verdict verdict, RiskReport report, String planId) {
        super(refusal.code(), refusal.getMessage(), refusal.hint());
        this.verdict = verdict;
        this.report = report;
        this.planId = planId;
    }

    /** Protected mode: the stored plan's id; null in local mode. */
    public String planId() {
        return planId;
    }

    public PolicyGate.Verdict verdict() {
        return verdict;
    }

    public RiskReport report() {
        return report;
    }
}
