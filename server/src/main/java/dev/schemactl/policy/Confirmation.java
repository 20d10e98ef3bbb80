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
 * @param allowCiEnvironments environments in which `schemactl approve` may run without a terminal
 */
public record Confirmation(List<Method> methods, Duration expiry, List<String> allowCiEnvironments) {
    public static final Duration DEFAULT_EXPIRY = Duration.ofMinutes(15);
    public static final Confirmation DEFAULT = new Confirmation(List.of(Method.TERMINAL, Method.ELICITATION),
            DEFAULT_EXPIRY, List.of());

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

    /** True when `schemactl approve` may run without a terminal in this environment. */
    public boolean ciAllowed(String environment) {
        return environment != null && allowCiEnvironments.contains(environment);
    }
}
