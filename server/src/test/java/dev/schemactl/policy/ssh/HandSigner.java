package dev.schemactl.policy.ssh;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Arrays;
import java.util.Base64;

/**
 * Builds SSHSIG signatures by hand from JCA keys (no ssh-keygen), so tests can make signatures ssh-keygen would not:
 * another namespace, another key, a FIDO (sk-ssh-ed25519) key without hardware, a missing touch flag.
 */
final class HandSigner {
    private final KeyPair pair = newEd25519();
    private final String application;

    /** A plain ssh-ed25519 key. */
    HandSigner() {
        this(null);
    }

    /** An sk-ssh-ed25519@openssh.com key with this FIDO application (e.g. "ssh:") when not null. */
    HandSigner(String application) {
        this.application = application;
    }

    String type() {
        return application == null ? "ssh-ed25519" : "sk-ssh-ed25519@openssh.com";
    }

    byte[] publicBlob() {
        byte[] spki = pair.getPublic().getEncoded();
        byte[] point = Arrays.copyOfRange(spki, spki.length - 32, spki.length);
        SshWire.Writer w = new SshWire.Writer().string(type()).string(point);
        if (application != null) w.string(application);
        return w.toByteArray();
    }

    /** "type base64" for allowed_signers. */
    String publicKeyText() {
        return type() + " " + Base64.getEncoder().encodeToString(publicBlob());
    }

    String sign(byte[] message, String namespace) {
        return sign(message, namespace, SshPublicKey.FLAG_USER_PRESENCE, 7);
    }

    /** An armored SSHSIG over message; flags and counter are used for sk keys only. */
    String sign(byte[] message, String namespace, int flags, int counter) {
        byte[] data = SshSignature.signedData(namespace, new byte[0], "sha512", message);
        byte[] sigBlob;
        if (application == null) {
            sigBlob = new SshWire.Writer().string("ssh-ed25519").string(ed25519(data)).toByteArray();
        } else {
            byte[] fido = new SshWire.Writer().raw(SshPublicKey.sha256(application.getBytes(StandardCharsets.UTF_8)))
                    .uint8(flags).uint32(counter).raw(SshPublicKey.sha256(data)).toByteArray();
            sigBlob = new SshWire.Writer().string(type()).string(ed25519(fido)).uint8(flags).uint32(counter).toByteArray();
        }
        return new SshSignature(publicBlob(), namespace, new byte[0], "sha512", sigBlob).armor();
    }

    private byte[] ed25519(byte[] data) {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(pair.getPrivate());
            s.update(data);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair newEd25519() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
