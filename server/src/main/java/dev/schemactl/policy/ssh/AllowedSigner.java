package dev.schemactl.policy.ssh;

import java.time.Instant;
import java.util.List;

/**
 * One line of an allowed_signers file: who may sign with which key, for which namespaces, and when.
 *
 * @param line             its line number in the file (1-based)
 * @param principals       the principal patterns (comma-separated in the file; {@code *}, {@code ?} and {@code !} work)
 * @param namespaces       the namespaces option's patterns, or empty when the line allows every namespace
 * @param validAfter       the key is not valid before this moment, or null
 * @param validBefore      the key is not valid after this moment, or null
 * @param verifyRequired   for FIDO keys: signatures must carry the user-verification flag (PIN), beyond a touch
 */
public record AllowedSigner(int line, List<String> principals, List<String> namespaces, Instant validAfter,
                            Instant validBefore, boolean verifyRequired, SshPublicKey key) {
    public AllowedSigner {
        principals = List.copyOf(principals);
        namespaces = List.copyOf(namespaces);
    }

    /** The principals as written (comma-separated), e.g. "alice@example.com". */
    public String principalsText() {
        return String.join(",", principals);
    }

    public boolean allowsNamespace(String namespace) {
        return namespaces.isEmpty() || SshPatterns.matchesList(namespace, namespaces);
    }

    /** As ssh-keygen: valid when now is not before valid-after and not after valid-before. */
    public boolean validAt(Instant now) {
        return (validAfter == null || !now.isBefore(validAfter)) && (validBefore == null || !now.isAfter(validBefore));
    }

    public boolean matchesPrincipal(String identity) {
        return SshPatterns.matchesList(identity, principals);
    }
}
