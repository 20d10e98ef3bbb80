package dev.schemactl.service;

import java.util.List;

/**
 * A minted approval token (or, with allowed_signers, the signed approval's text) and what it approves. Text output is the token alone (stdout), so
 * {@code TOKEN=$(schemactl approve …)} works; JSON output is this record.
 */
public record ApprovalResult(String token, String kind, List<String> versions, String planDigest, String database,
                             String approver, String method, String issuedAt, String expiresAt) implements Result {
    public ApprovalResult {
        versions = List.copyOf(versions);
    }

    @Override
    public String text() {
        return token.endsWith("\n") ? token : token + "\n";
    }
}
