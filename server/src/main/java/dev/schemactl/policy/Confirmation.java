package dev.schemactl.policy;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * How a human confirms a plan a rule marks {@code require_confirmation}.
 *
 * @param methods             how confirmation may be given: at a terminal (`schemactl approve`) and/or
 *                            through MCP elicitation
 * @param expiry              how long an approval token stays valid
 * @param allowCiEnvironments parsed for compatibility and ignored: since issue 9 `schemactl approve` never runs without
 *                            a terminal (a policy in the checkout could list the agent's own environment)
 * @param allowedSigners      an allowed_signers file (relative to the project directory): approvals must then be SSH
 *                            signatures by these keys; null when the policy does not say
 */
public record Confirmation(List<Method> methods, Duration expiry, List<String> allowCiEnvironments, String allowedSigners) {
    public static final Duration DEFAULT_EXPIRY = Duration.ofMinutes(15);
    /** Terminal only: MCP elicitation cannot prove a human answered (a client can answer its own form). */
    public static final Confirmation DEFAULT = new Confirmation(List.of(Method.TERMINAL),
            DEFAULT_EXPIRY, List.of(), null);

    public Confirmation {
        methods = List.copyOf(methods);
        allowCiEnvironments = List.copyOf(allowCiEnvironments);
    }

    public enum Method {
        TERMINAL, ELICITATION;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
