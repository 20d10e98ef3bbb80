package dev.schemactl.service;

import dev.schemactl.policy.AuditLedger;

import java.util.List;

/**
 * The newest rows of a database's audit ledger (schema_migrations_audit), oldest first: every gate decision with
 * its plan, findings, policy and digest, signers and outcome. What `status --audit` prints and schemactl://audit returns.
 */
public record AuditResult(String database, List<AuditLedger.Entry> entries) implements Result {
    public AuditResult {
        entries = List.copyOf(entries);
    }

    @Override
    public String text() {
        StringBuilder out = new StringBuilder("Audit ledger of " + database + " (" + entries.size() + " entr"
                + (entries.size() == 1 ? "y" : "ies") + ", oldest first)\n");
        if (entries.isEmpty()) out.append("  no gate decisions recorded yet\n");
        for (AuditLedger.Entry e : entries) {
            out.append(String.format("%4d %s %-8s %-9s %-11s decision=%s", e.seq(), e.at(), e.operation(),
                    e.target() == null ? "-" : e.target(), e.outcome(), e.decision()));
            if (e.planDigest() != null) out.append(" plan=").append(e.planDigest(), 0, Math.min(e.planDigest().length(), 19)).append('…');
            out.append('\n');
            if (!e.findings().isEmpty()) out.append("       findings: ").append(String.join(", ", e.findings())).append('\n');
            out.append("       policy: ").append(e.policySource()).append(" (").append(e.policyDigest()).append(")\n");
            if (e.signers() != null) out.append("       approved by: ").append(e.signers()).append('\n');
            if (e.actor() != null) out.append("       asked by: ").append(e.actor()).append('\n');
            if (e.detail() != null) out.append("       ").append(e.detail()).append('\n');
        }
        return out.toString();
    }
}
