package dev.schemactl.protect;

import dev.schemactl.risk.Finding;

import java.util.List;

/**
 * A stored plan as the approvals endpoint shows it to a human's `schemactl approve --server`: the SQL and findings as
 * the server scored them, and {@code request}, the exact text their signature must cover.
 */
public record PlanView(String id, String target, String operation, List<String> versions, String sql, String planDigest,
                       String database, String request, String expires, String state, int requiredApprovers,
                       List<String> approvedBy, String phrase, int score, String band, List<Finding> findings,
                       String decision, String reason) {

    public static PlanView of(StoredPlan p, java.time.Instant now) {
        String state = p.state() == StoredPlan.State.WAITING && p.expiredAt(now) ? "expired" : p.state().name().toLowerCase();
        return new PlanView(p.id(), p.target(), p.request().operation().id(), p.plan().versions(), p.plan().sql(),
                p.request().planDigest(), p.request().database().describe(), p.request().canonicalText(),
                p.request().expiresAt().toString(), state, p.requiredApprovers(), p.principals(), p.phrase(),
                p.report().score(), p.report().band(), p.report().findings(), p.decision().action().id(), p.decision().reason());
    }
}
