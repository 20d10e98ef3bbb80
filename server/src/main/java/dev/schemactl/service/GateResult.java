package dev.schemactl.service;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.schemactl.risk.Finding;

import java.util.List;

/**
 * What an agent gets instead of a run when the policy stops apply_migration or rollback: either
 * {@code confirmation_required} (a human must approve; how_to_confirm says how) or {@code denied}.
 * Nothing ran.
 */
public record GateResult(String status, String message, List<Finding> findings, int score,
                         @JsonProperty("plan_digest") String planDigest,
                         @JsonProperty("how_to_confirm") String howToConfirm,
                         List<String> rules,
                         @JsonProperty("plan_id") String planId) implements Result {

    public static GateResult of(GateRefusal refusal) {
        PolicyGate.Verdict verdict = refusal.verdict();
        boolean confirm = verdict != null && verdict.outcome() == PolicyGate.Outcome.CONFIRMATION_REQUIRED;
        List<String> rules = verdict == null || verdict.decision() == null ? List.of()
                : verdict.decision().matched().stream()
                .map(m -> m.rule() + " (line " + m.line() + "): " + m.action().id() + (m.reason() == null ? "" : " — " + m.reason()))
                .toList();
        String how = confirm && refusal.planId() != null
                ? "Ask your human to run `" + verdict.approveCommand() + "` on their own machine: it fetches this plan "
                + "from the schemactl server, shows them the SQL and findings, and submits their SSH signature to the "
                + "server. Then call this tool again with the same arguments; the approved plan runs once. There is no "
                + "token to pass and nothing you can sign: only a key in the server's allowed_signers approves."
                : confirm
                ? "Ask your human to run `" + verdict.approveCommand() + "` in a terminal, read the SQL and findings it "
                + "shows, and type the confirmation phrase; it prints a token. Call this tool again with the same "
                + "arguments plus confirmation_token set to that token. The token is single-use and bound to exactly this SQL "
                + "and database; you cannot create it yourself."
                : null;
        return new GateResult(confirm ? "confirmation_required" : "denied", refusal.getMessage(),
                refusal.report() == null ? List.of() : refusal.report().findings(),
                refusal.report() == null ? 0 : refusal.report().score(),
                verdict == null ? null : verdict.planDigest(), how, rules, refusal.planId());
    }

    @Override
    public String text() {
        StringBuilder out = new StringBuilder(status.equals("denied") ? "DENIED by the policy: " : "CONFIRMATION REQUIRED: ");
        out.append(message).append('\n');
        findings.forEach(f -> out.append("- ").append(f.ruleId()).append(' ').append(f.severity()).append(": ")
                .append(f.message()).append('\n'));
        if (howToConfirm != null) out.append(howToConfirm).append('\n');
        return out.toString();
    }
}
