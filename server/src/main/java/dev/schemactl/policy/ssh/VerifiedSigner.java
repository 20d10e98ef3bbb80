package dev.schemactl.policy.ssh;

/**
 * Who signed, after the signature verified against allowed_signers.
 *
 * @param principal   the principals of the allowed_signers line that accepted the key (as written, e.g.
 *                    "alice@example.com"), or the identity asked for when one was given
 * @param keyType     e.g. "ssh-ed25519", "sk-ssh-ed25519@openssh.com"
 * @param fingerprint "SHA256:…" as `ssh-keygen -l` prints it
 */
public record VerifiedSigner(String principal, String keyType, String fingerprint) {

    /** "alice@example.com (ssh-ed25519 SHA256:…)". */
    public String describe() {
        return principal + " (" + keyType + " " + fingerprint + ")";
    }
}
