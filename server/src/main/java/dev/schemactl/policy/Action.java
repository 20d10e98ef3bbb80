package dev.schemactl.policy;

import java.util.Locale;

/** What a policy says about a finding or a plan, from least to most strict. */
public enum Action {
    ALLOW, REQUIRE_CONFIRMATION, DENY;

    /** The spelling in policy files: allow, require_confirmation, deny. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Action fromId(String id) {
        for (Action a : values()) {
            if (a.id().equals(id)) return a;
        }
        throw new IllegalArgumentException("unknown action " + id);
    }

    /** The stricter of two actions (deny > require_confirmation > allow). */
    public static Action strictest(Action a, Action b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
