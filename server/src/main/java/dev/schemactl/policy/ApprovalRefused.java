package dev.schemactl.policy;

import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;

/** An approval token that does not let a plan run; {@link #check()} names the check that refused it. */
public final class ApprovalRefused extends SchemactlException {

    /** The checks a token must pass, in the order they run. */
    public enum Check {
        MALFORMED("malformed token"),
        SIGNATURE("bad signature"),
        EXPIRED("expired"),
        PLAN("another plan"),
        DATABASE("another database"),
        REPLAY("already used");

        private final String label;

        Check(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final Check check;

    public ApprovalRefused(Check check, String detail) {
        super(ErrorCode.CONFIRMATION, "approval token refused (" + check.label() + "): " + detail,
                "ask a human to run `schemactl approve` for this plan and database, and pass the new token");
        this.check = check;
    }

    public Check check() {
        return check;
    }
}
