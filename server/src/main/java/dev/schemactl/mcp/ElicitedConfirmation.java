package dev.schemactl.mcp;

import dev.schemactl.engine.DatabaseHandle;
import dev.schemactl.policy.ApprovalKey;
import dev.schemactl.policy.ApprovalTokens;
import dev.schemactl.policy.Confirmation;
import dev.schemactl.policy.DatabaseFingerprint;
import dev.schemactl.policy.Policy;
import dev.schemactl.service.ApprovalService;
import dev.schemactl.service.GateRefusal;
import dev.schemactl.service.PolicyGate;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Confirmation through MCP elicitation: when the client declares the capability and the policy lists
 * {@code elicitation} among its confirmation methods (off in the built-in default and every shipped policy), the
 * server asks through the client (a form: type the confirmation phrase). A client can answer its own form, so such
 * an approval proves no human: the ledger records the approver as "unverified MCP client &lt;name&gt;". It is never
 * offered when the project requires SSH-signed approvals (allowed_signers). Only an accepted form with the exact phrase yields a token — minted here, with the
 * server's approval key, for exactly the refused plan on this database; decline, cancel or a wrong phrase
 * yield none, and nothing runs. The agent never sees the form.
 */
final class ElicitedConfirmation {
    private static final Logger LOG = LoggerFactory.getLogger(ElicitedConfirmation.class);

    private ElicitedConfirmation() {
    }

    /** How the ledger names an approval given through elicitation: "unverified MCP client &lt;name&gt;". */
    static String unverifiedApprover(String clientName) {
        String name = clientName == null || clientName.isBlank() ? "(unnamed)"
                : clientName.replaceAll("[\\p{Cntrl}]", "?");
        return "unverified MCP client " + (name.length() > 100 ? name.substring(0, 100) : name);
    }

    /** A single-use token when the human confirmed through the client; empty otherwise. */
    static Optional<String> ask(ToolCall call, GateRefusal refusal, String action) {
        PolicyGate.Verdict verdict = refusal.verdict();
        McpSyncServerExchange exchange = call.exchange();
        if (verdict == null || verdict.outcome() != PolicyGate.Outcome.CONFIRMATION_REQUIRED || exchange == null) {
            return Optional.empty();
        }
        McpSchema.ClientCapabilities capabilities = exchange.getClientCapabilities();
        if (capabilities == null || capabilities.elicitation() == null) return Optional.empty();
        dev.schemactl.service.PolicyInForce inForce = call.migrations().policyInForce();
        Policy policy = inForce.policy();
        if (!policy.confirmation().methods().contains(Confirmation.Method.ELICITATION)) return Optional.empty();
        if (inForce.allowedSigners() != null) return Optional.empty(); // approvals are SSH signatures: a form proves nothing

        String phrase = ApprovalService.confirmationPhrase(refusal.report());
        StringBuilder message = new StringBuilder("schemactl needs your confirmation to " + action + ".\n");
        refusal.report().findings().forEach(f -> message.append("- ").append(f.ruleId()).append(" (").append(f.severity())
                .append("): ").append(f.message()).append('\n'));
        message.append("Type \"").append(phrase).append("\" to confirm; decline to stop.");
        Map<String, Object> schema = Map.of("type", "object",
                "properties", Map.of("phrase", Map.of("type", "string", "title", "Confirmation phrase",
                        "description", "type exactly: " + phrase)),
                "required", List.of("phrase"));
        McpSchema.ElicitResult answer;
        try {
            answer = exchange.createElicitation(McpSchema.ElicitRequest.builder()
                    .message(call.project().mask(message.toString())).requestedSchema(schema).build());
        } catch (RuntimeException e) {
            LOG.warn("elicitation failed: {}", e.getMessage());
            return Optional.empty();
        }
        if (answer == null || answer.action() != McpSchema.ElicitResult.Action.ACCEPT || answer.content() == null) {
            return Optional.empty();
        }
        Object typed = answer.content().get("phrase");
        if (!(typed instanceof String s) || !s.trim().equals(phrase)) return Optional.empty();
        // the client may have answered its own form: never recorded as a human
        String approver = unverifiedApprover(exchange.getClientInfo() == null ? null : exchange.getClientInfo().name());
        try (DatabaseHandle db = call.project().databases().open(call.project().settings().databaseUrl(), call.project().settings().lockTimeout())) {
            ApprovalTokens tokens = new ApprovalTokens(ApprovalKey.loadOrCreate(call.project().env()), Clock.systemUTC());
            return Optional.of(tokens.mint(verdict.planDigest(), DatabaseFingerprint.of(db), policy.confirmation().expiry(),
                    approver, "elicitation"));
        }
    }
}
