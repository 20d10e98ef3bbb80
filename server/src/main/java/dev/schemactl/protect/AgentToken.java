package dev.schemactl.protect;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One agent's bearer token, kept as the hex SHA-256 of the token: the server's config never needs the token itself.
 *
 * @param name   who holds it (shown in the audit ledger as the agent)
 * @param sha256 lower-case hex SHA-256 of the token's UTF-8 bytes
 */
public record AgentToken(String name, String sha256) {

    public static AgentToken ofSecret(String name, String token) {
        return new AgentToken(name, hash(token));
    }

    /** Constant-time: does {@code presented} hash to this token's hash? */
    public boolean matches(String presented) {
        if (presented == null || presented.isEmpty()) return false;
        return MessageDigest.isEqual(hash(presented).getBytes(StandardCharsets.US_ASCII),
                sha256.getBytes(StandardCharsets.US_ASCII));
    }

    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
