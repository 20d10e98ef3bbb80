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
        REPLAY("already used"),
        /** The signed approval is not a well-formed SSHSIG armor / approval text. */
        ARMOR("bad armor"),
        /** The signature was made for another SSHSIG namespace than schemactl-approval. */
        NAMESPACE("wrong namespace"),
        /** The signing key is not in allowed_signers. */
        UNKNOWN_KEY("unknown key"),
        /** allowed_signers lists the key, but valid-after / valid-before exclude this moment. */
        KEY_NOT_VALID("key not valid now"),
        /** allowed_signers lists the key with a namespaces= option that leaves this namespace out. */
        NAMESPACE_NOT_ALLOWED("namespace not allowed for that signer"),
        /** The approval names another deployment target. */
        TARGET("another target"),
        /** The approval is for another action (apply vs rollback). */
        ACTION("another action"),
        /** Fewer distinct approvers signed than the policy requires. */
        APPROVERS("not enough approvers"),
        /** A key or signature algorithm schemactl does not accept (e.g. ssh-rsa SHA-1, certificates). */
        UNSUPPORTED("unsupported key or algorithm");

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
        this("approval token", check, detail,
                "ask a human to run `schemactl approve` for this plan and database, and pass the new token");
    }

    /**
     * @param subject what was refused, e.g. "signed approval"
     */
    public ApprovalRefused(String subject, Check check, String detail, String hint) {
        super(ErrorCode.CONFIRMATION, subject + " refused (" + check.label() + "): " + detail, hint);
        this.check = check;
    }

    /** A refused SSH-signed approval, with the hint for signed approvals. */
    public static ApprovalRefused signed(Check check, String detail) {
        return new ApprovalRefused("signed approval", check, detail,
                "ask a human whose key is in allowed_signers to run `schemactl approve` for this plan and sign it");
    }

    public Check check() {
        return check;
    }
}
