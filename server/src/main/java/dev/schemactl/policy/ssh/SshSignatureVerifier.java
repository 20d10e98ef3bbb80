package dev.schemactl.policy.ssh;

import dev.schemactl.policy.ApprovalRefused;
import dev.schemactl.policy.ApprovalRefused.Check;

import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;

/**
 * Verifies an OpenSSH signature ({@code ssh-keygen -Y sign}) of a message with public keys only, as
 * {@code ssh-keygen -Y verify} does. Checks, in order, each refusing with its own {@link Check}: the armor
 * (ARMOR), the namespace the signature was made for (NAMESPACE), the key and algorithm (UNSUPPORTED), the
 * signature itself, incl. the touch flag of FIDO keys (SIGNATURE), the key listed in allowed_signers
 * (UNKNOWN_KEY), that line's namespaces option (NAMESPACE_NOT_ALLOWED) and valid-after / valid-before
 * (KEY_NOT_VALID). Stateless; holds no secret.
 */
public final class SshSignatureVerifier {
    private SshSignatureVerifier() {
    }

    /** As {@link #verify(byte[], String, String, AllowedSigners, Instant, String)} for whichever principal lists the key. */
    public static VerifiedSigner verify(byte[] message, String armoredSignature, String namespace, AllowedSigners signers, Instant now) {
        return verify(message, armoredSignature, namespace, signers, now, null);
    }

    /**
     * @param identity when not null, the key must be listed for a principal pattern matching it (ssh-keygen's -I)
     * @return who signed
     * @throws ApprovalRefused naming the failed check
     */
    public static VerifiedSigner verify(byte[] message, String armoredSignature, String namespace, AllowedSigners signers,
                                        Instant now, String identity) {
        SshSignature sig = SshSignature.dearmor(armoredSignature);
        if (!MessageDigest.isEqual(sig.namespace().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                namespace.getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            throw ApprovalRefused.signed(Check.NAMESPACE, "it was signed for namespace " + SshPublicKey.printable(sig.namespace())
                    + ", not \"" + namespace + "\" (sign with ssh-keygen -Y sign -n " + namespace + ")");
        }
        SshPublicKey key;
        try {
            key = SshPublicKey.parse(sig.publicKey());
        } catch (SshPublicKey.KeyRefused e) {
            throw ApprovalRefused.signed(e.unsupported() ? Check.UNSUPPORTED : Check.ARMOR, e.getMessage());
        }
        List<AllowedSigner> lines = signers.forKey(key);
        boolean verifyRequired = lines.stream().anyMatch(AllowedSigner::verifyRequired);
        key.verify(sig.signature(), sig.signedData(message), verifyRequired);

        if (lines.isEmpty()) {
            throw ApprovalRefused.signed(Check.UNKNOWN_KEY, key.type() + " key " + key.fingerprint() + " is not in allowed_signers "
                    + signers.source());
        }
        List<AllowedSigner> forIdentity = identity == null ? lines
                : lines.stream().filter(l -> l.matchesPrincipal(identity)).toList();
        if (forIdentity.isEmpty()) {
            throw ApprovalRefused.signed(Check.UNKNOWN_KEY, key.type() + " key " + key.fingerprint() + " is not listed for principal "
                    + SshPublicKey.printable(identity) + " in allowed_signers " + signers.source());
        }
        AllowedSigner refusedBy = null;
        Check refusal = null;
        for (AllowedSigner line : forIdentity) {
            if (!line.allowsNamespace(namespace)) {
                if (refusal == null) {
                    refusal = Check.NAMESPACE_NOT_ALLOWED;
                    refusedBy = line;
                }
            } else if (!line.validAt(now)) {
                if (refusal == null || refusal == Check.NAMESPACE_NOT_ALLOWED) {
                    refusal = Check.KEY_NOT_VALID;
                    refusedBy = line;
                }
            } else {
                return new VerifiedSigner(identity != null ? identity : line.principalsText(), key.type(), key.fingerprint());
            }
        }
        String where = "allowed_signers " + signers.source() + " line " + refusedBy.line() + " (" + refusedBy.principalsText() + ")";
        if (refusal == Check.NAMESPACE_NOT_ALLOWED) {
            throw ApprovalRefused.signed(refusal, where + " allows the key only for namespaces \""
                    + String.join(",", refusedBy.namespaces()) + "\", not \"" + namespace + "\"");
        }
        throw ApprovalRefused.signed(refusal, where + " makes the key valid "
                + (refusedBy.validAfter() == null ? "" : "from " + refusedBy.validAfter() + " ")
                + (refusedBy.validBefore() == null ? "" : "until " + refusedBy.validBefore() + " ") + "; it is now " + now);
    }
}
