package dev.schemactl.policy;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * What an approval token says (its payload). On the wire a token is
 * {@code sc1.<base64url(payload JSON)>.<base64url(HMAC-SHA256(payload JSON bytes))>}; the payload is
 * <pre>
 * {"v":1,"plan_digest":"sha256:…","database":{"engine":"postgresql","host":"db","database":"shop","install_id":"…"},
 *  "issued_at":"2026-01-01T10:00:00Z","expires_at":"2026-01-01T10:15:00Z","nonce":"…","approver":"alice","method":"terminal"}
 * </pre>
 *
 * @param planDigest the {@link PlanDigest} of the exact SQL approved
 * @param nonce      random (SecureRandom, 128 bits, base64url); single use, recorded in schema_migrations_approvals
 * @param approver   the OS user who approved
 * @param method     how: "terminal", or "ci:&lt;environment&gt;" when approved without a terminal in a CI environment
 */
public record ApprovalToken(String planDigest, DatabaseFingerprint database, Instant issuedAt, Instant expiresAt,
                            String nonce, String approver, String method) {
    public static final String PREFIX = "sc1.";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The payload's JSON bytes, exactly as signed. */
    byte[] payloadBytes() {
        ObjectNode root = JSON.createObjectNode();
        root.put("v", 1);
        root.put("plan_digest", planDigest);
        ObjectNode db = root.putObject("database");
        db.put("engine", database.engine());
        db.put("host", database.host());
        db.put("database", database.database());
        db.put("install_id", database.installId());
        root.put("issued_at", issuedAt.toString());
        root.put("expires_at", expiresAt.toString());
        root.put("nonce", nonce);
        root.put("approver", approver);
        root.put("method", method);
        return JSON.writeValueAsBytes(root);
    }

    /**
     * Reads a token's payload without checking its signature (to show what a token is for). Use
     * {@link ApprovalTokens#verify} before trusting it.
     */
    public static ApprovalToken decode(String token) {
        return parsePayload(split(token)[0]);
    }

    /** [payload bytes, signature bytes] of a token; MALFORMED when it does not have the sc1 shape. */
    static byte[][] split(String token) {
        String t = token == null ? "" : token.trim();
        if (!t.startsWith(PREFIX)) {
            throw new ApprovalRefused(ApprovalRefused.Check.MALFORMED, "it does not start with '" + PREFIX + "'");
        }
        String[] parts = t.substring(PREFIX.length()).split("\\.", -1);
        if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
            throw new ApprovalRefused(ApprovalRefused.Check.MALFORMED, "expected sc1.<payload>.<signature>");
        }
        try {
            Base64.Decoder d = Base64.getUrlDecoder();
            return new byte[][]{d.decode(parts[0]), d.decode(parts[1])};
        } catch (IllegalArgumentException e) {
            throw new ApprovalRefused(ApprovalRefused.Check.MALFORMED, "its parts are not base64url");
        }
    }

    static ApprovalToken parsePayload(byte[] bytes) {
        JsonNode n;
        try {
            n = JSON.readTree(new String(bytes, StandardCharsets.UTF_8));
        } catch (JacksonException e) {
            throw new ApprovalRefused(ApprovalRefused.Check.MALFORMED, "its payload is not JSON");
        }
        if (n == null || !n.isObject() || n.path("v").asInt(0) != 1) {
            throw new ApprovalRefused(ApprovalRefused.Check.MALFORMED, "its payload is not a version 1 approval");
        }
        JsonNode db = n.path("database");
        try {
            return new ApprovalToken(required(n, "plan_digest"),
                    new DatabaseFingerprint(required(db, "engine"), optional(db, "host"), required(db, "database"),
                            required(db, "install_id")),
                    Instant.parse(required(n, "issued_at")), Instant.parse(required(n, "expires_at")),
                    required(n, "nonce"), required(n, "approver"), required(n, "method"));
        } catch (DateTimeParseException e) {
            throw new ApprovalRefused(ApprovalRefused.Check.MALFORMED, "its payload has a malformed time");
        }
    }

    private static String required(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isString() || v.asString().isEmpty()) {
            throw new ApprovalRefused(ApprovalRefused.Check.MALFORMED, "its payload lacks " + field);
        }
        return v.asString();
    }

    private static String optional(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }
}
