package dev.schemactl.policy;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

/**
 * Mints and verifies approval tokens with one key and one clock. Verification runs the checks in this order,
 * each failing with its own {@link ApprovalRefused.Check}: malformed, signature (an edited payload and a
 * token signed with another key both fail here), expired, another plan, another database. The single-use
 * check (nonce already seen) is {@link ApprovalLedger#consume}, after these pass. Comparisons of signatures,
 * digests and fingerprints are constant-time.
 */
public final class ApprovalTokens {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final ApprovalKey key;
    private final Clock clock;

    public ApprovalTokens(ApprovalKey key, Clock clock) {
        this.key = key;
        this.clock = clock;
    }

    /** A signed token approving the plan with this digest on this database, valid for {@code validity}. */
    public String mint(String planDigest, DatabaseFingerprint database, Duration validity, String approver, String method) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        ApprovalToken payload = new ApprovalToken(planDigest, database, now, now.plus(validity),
                Base64.getUrlEncoder().withoutPadding().encodeToString(nonce), approver, method);
        return encode(payload);
    }

    /** The wire form of a payload, signed with this key. */
    public String encode(ApprovalToken payload) {
        byte[] bytes = payload.payloadBytes();
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return ApprovalToken.PREFIX + b64.encodeToString(bytes) + "." + b64.encodeToString(key.sign(bytes));
    }

    /**
     * Checks a token against the plan about to run and the database it runs on.
     *
     * @return the verified payload (its nonce is not consumed yet)
     * @throws ApprovalRefused naming the failed check
     */
    public ApprovalToken verify(String token, String planDigest, DatabaseFingerprint database) {
        byte[][] parts = ApprovalToken.split(token);
        if (!MessageDigest.isEqual(key.sign(parts[0]), parts[1])) {
            throw new ApprovalRefused(ApprovalRefused.Check.SIGNATURE,
                    "its signature does not match its payload: the payload was altered or it was signed with another key");
        }
        ApprovalToken t = ApprovalToken.parsePayload(parts[0]);
        Instant now = clock.instant();
        if (!now.isBefore(t.expiresAt())) {
            throw new ApprovalRefused(ApprovalRefused.Check.EXPIRED, "it expired at " + t.expiresAt() + " (approved by "
                    + t.approver() + " at " + t.issuedAt() + ")");
        }
        if (!PlanDigest.same(t.planDigest(), planDigest)) {
            throw new ApprovalRefused(ApprovalRefused.Check.PLAN, "it approves " + shortDigest(t.planDigest())
                    + ", but the plan about to run is " + shortDigest(planDigest) + " (the SQL changed since it was approved)");
        }
        if (!MessageDigest.isEqual(t.database().canonical(), database.canonical())) {
            throw new ApprovalRefused(ApprovalRefused.Check.DATABASE, "it was issued for " + t.database().describe()
                    + ", but this is " + database.describe());
        }
        return t;
    }

    static String shortDigest(String digest) {
        if (digest == null) return "nothing";
        return digest.length() > 19 ? digest.substring(0, 19) + "…" : digest;
    }
}
