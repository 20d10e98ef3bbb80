package dev.schemactl.policy.ssh;

import dev.schemactl.policy.ApprovalRefused;
import dev.schemactl.policy.ApprovalRefused.Check;
import dev.schemactl.policy.DatabaseFingerprint;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Exactly what a human signs to approve one run: the operation, the target, the plan (the {@link
 * dev.schemactl.policy.PlanDigest} of the exact SQL), the database's fingerprint, when it was issued and expires,
 * and a nonce that makes it single use. Signed with {@code ssh-keygen -Y sign -n schemactl-approval} over
 * {@link #canonicalText()}, which is deterministic (fixed line order, LF, UTF-8) and parsed back strictly:
 * <pre>
 * schemactl approval v1
 * namespace: schemactl-approval
 * operation: apply
 * target: prod
 * plan: sha256:4f0c…
 * database-engine: postgresql
 * database-host: db.internal        ("-" when the URL has no host, e.g. H2)
 * database-name: shop
 * database-install-id: 0d4c…
 * issued: 2026-12-02T06:30:00Z
 * expires: 2026-12-02T06:45:00Z
 * nonce: q3v…
 * </pre>
 *
 * @param target the deployment target's name ([A-Za-z0-9._-]+); "local" in local mode
 */
public record ApprovalRequest(Operation operation, String target, String planDigest, DatabaseFingerprint database,
                              Instant issuedAt, Instant expiresAt, String nonce) {
    /** The SSHSIG namespace of approvals; a signature for any other namespace is refused. */
    public static final String NAMESPACE = "schemactl-approval";
    public static final String LOCAL_TARGET = "local";
    static final String HEADER = "schemactl approval v1";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern TARGET = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern DIGEST = Pattern.compile("sha256:[0-9a-f]{64}");
    private static final Pattern NONCE = Pattern.compile("[A-Za-z0-9_-]{16,64}");
    private static final List<String> KEYS = List.of("namespace", "operation", "target", "plan", "database-engine",
            "database-host", "database-name", "database-install-id", "issued", "expires", "nonce");

    /** What the approval lets run. */
    public enum Operation {
        APPLY, ROLLBACK;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Operation fromId(String id) {
            for (Operation o : values()) if (o.id().equals(id)) return o;
            throw new IllegalArgumentException("operation must be apply or rollback, not " + id);
        }
    }

    public ApprovalRequest {
        if (operation == null || target == null || planDigest == null || database == null || issuedAt == null
                || expiresAt == null || nonce == null) {
            throw new IllegalArgumentException("every field of an approval request is required");
        }
        if (!TARGET.matcher(target).matches()) throw new IllegalArgumentException("target must match [A-Za-z0-9._-]{1,64}: " + target);
        if (!DIGEST.matcher(planDigest).matches()) throw new IllegalArgumentException("plan must be sha256:<64 hex>: " + planDigest);
        if (!NONCE.matcher(nonce).matches()) throw new IllegalArgumentException("nonce must be 16-64 base64url characters");
        for (String v : new String[]{database.engine(), database.database(), database.installId()}) {
            if (v == null || v.isEmpty()) throw new IllegalArgumentException("the database fingerprint is incomplete");
        }
        for (String v : new String[]{database.engine(), database.host(), database.database(), database.installId()}) {
            if (v != null && (v.chars().anyMatch(c -> c < 0x20 || c == 0x7f) || !v.equals(v.strip()))) {
                throw new IllegalArgumentException("the database fingerprint holds control characters or surrounding blanks");
            }
        }
        if ("-".equals(database.host())) throw new IllegalArgumentException("a host named \"-\" cannot be told from no host");
        if (issuedAt.getNano() != 0 || expiresAt.getNano() != 0) throw new IllegalArgumentException("times are whole seconds");
        if (!expiresAt.isAfter(issuedAt)) throw new IllegalArgumentException("expires must be after issued");
    }

    /** A fresh request issued now (to the second), valid for {@code validity}, with a random 128-bit nonce. */
    public static ApprovalRequest create(Operation operation, String target, String planDigest, DatabaseFingerprint database,
                                         Instant now, Duration validity) {
        Instant issued = now.truncatedTo(ChronoUnit.SECONDS);
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        return new ApprovalRequest(operation, target, planDigest, database, issued, issued.plus(validity),
                Base64.getUrlEncoder().withoutPadding().encodeToString(nonce));
    }

    /** The text a human signs (and reads): see the class comment. Ends with a newline. */
    public String canonicalText() {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        line(out, "namespace", NAMESPACE);
        line(out, "operation", operation.id());
        line(out, "target", target);
        line(out, "plan", planDigest);
        line(out, "database-engine", database.engine());
        line(out, "database-host", database.host() == null ? "-" : database.host());
        line(out, "database-name", database.database());
        line(out, "database-install-id", database.installId());
        line(out, "issued", issuedAt.toString());
        line(out, "expires", expiresAt.toString());
        line(out, "nonce", nonce);
        return out.toString();
    }

    /** The bytes that are signed: {@link #canonicalText()} in UTF-8. */
    public byte[] signedBytes() {
        return canonicalText().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Parses canonical text; anything else (other order, extra lines or blanks, CRLF, another namespace) is refused,
     * because what was signed must be what is checked.
     *
     * @throws ApprovalRefused ARMOR (or NAMESPACE) naming what is wrong
     */
    public static ApprovalRequest parse(String text) {
        if (text == null || !text.startsWith(HEADER + "\n")) {
            throw ApprovalRefused.signed(Check.ARMOR, "an approval starts with the line \"" + HEADER + "\"");
        }
        String[] lines = text.substring(HEADER.length() + 1).split("\n", -1);
        if (lines.length != KEYS.size() + 1 || !lines[KEYS.size()].isEmpty()) {
            throw ApprovalRefused.signed(Check.ARMOR, "an approval has exactly " + KEYS.size() + " lines after its header, each ending in a newline");
        }
        Map<String, String> v = new LinkedHashMap<>();
        for (int i = 0; i < KEYS.size(); i++) {
            String prefix = KEYS.get(i) + ": ";
            if (!lines[i].startsWith(prefix)) {
                throw ApprovalRefused.signed(Check.ARMOR, "line " + (i + 2) + " must be \"" + prefix + "…\"");
            }
            v.put(KEYS.get(i), lines[i].substring(prefix.length()));
        }
        if (!NAMESPACE.equals(v.get("namespace"))) {
            throw ApprovalRefused.signed(Check.NAMESPACE, "the approval text names namespace "
                    + SshPublicKey.printable(v.get("namespace")) + ", not " + NAMESPACE);
        }
        ApprovalRequest r;
        try {
            String host = v.get("database-host");
            r = new ApprovalRequest(Operation.fromId(v.get("operation")), v.get("target"), v.get("plan"),
                    new DatabaseFingerprint(v.get("database-engine"), "-".equals(host) ? null : host, v.get("database-name"),
                            v.get("database-install-id")),
                    Instant.parse(v.get("issued")), Instant.parse(v.get("expires")), v.get("nonce"));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw ApprovalRefused.signed(Check.ARMOR, "malformed approval: " + e.getMessage());
        }
        if (!r.canonicalText().equals(text)) {
            throw ApprovalRefused.signed(Check.ARMOR, "the approval text is not in canonical form");
        }
        return r;
    }

    private static void line(StringBuilder out, String key, String value) {
        out.append(key).append(": ").append(value).append('\n');
    }
}
