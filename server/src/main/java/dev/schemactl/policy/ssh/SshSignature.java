package dev.schemactl.policy.ssh;

import dev.schemactl.policy.ApprovalRefused;
import dev.schemactl.policy.ApprovalRefused.Check;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * An OpenSSH signature (PROTOCOL.sshsig): the blob inside "-----BEGIN SSH SIGNATURE-----" armor.
 * <pre>
 * byte[6] "SSHSIG"; uint32 1; string publickey; string namespace; string reserved; string hash_algorithm; string signature
 * </pre>
 * The signature covers {@code "SSHSIG" || string namespace || string reserved || string hash_algorithm || string H(message)}.
 */
public record SshSignature(byte[] publicKey, String namespace, byte[] reserved, String hashAlgorithm, byte[] signature) {
    static final String MAGIC = "SSHSIG";
    static final String BEGIN = "-----BEGIN SSH SIGNATURE-----";
    static final String END = "-----END SSH SIGNATURE-----";

    /** Decodes armored text (surrounding whitespace allowed; nothing else). */
    public static SshSignature dearmor(String armored) {
        if (armored == null) throw ApprovalRefused.signed(Check.ARMOR, "no signature given");
        String s = armored.strip();
        if (!s.startsWith(BEGIN) || !s.endsWith(END) || s.length() < BEGIN.length() + END.length()) {
            throw ApprovalRefused.signed(Check.ARMOR, "expected a block from \"" + BEGIN + "\" to \"" + END + "\"");
        }
        String body = s.substring(BEGIN.length(), s.length() - END.length()).replaceAll("\\s+", "");
        byte[] blob;
        try {
            blob = Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw ApprovalRefused.signed(Check.ARMOR, "the signature block is not valid base64");
        }
        return decode(blob);
    }

    /** Decodes the raw SSHSIG blob. */
    public static SshSignature decode(byte[] blob) {
        SshWire.Reader r = new SshWire.Reader(blob);
        try {
            if (!MAGIC.equals(new String(r.bytes(6), StandardCharsets.US_ASCII))) {
                throw ApprovalRefused.signed(Check.ARMOR, "not an SSHSIG blob (magic preamble missing)");
            }
            int version = r.uint32();
            if (version != 1) throw ApprovalRefused.signed(Check.ARMOR, "SSHSIG version " + version + " (only 1 is known)");
            SshSignature sig = new SshSignature(r.string(), r.utf8(), r.string(), r.utf8(), r.string());
            r.end();
            return sig;
        } catch (SshWire.Malformed e) {
            throw ApprovalRefused.signed(Check.ARMOR, "malformed SSHSIG blob: " + e.getMessage());
        }
    }

    /** The blob, re-encoded. */
    public byte[] encode() {
        return new SshWire.Writer().raw(MAGIC.getBytes(StandardCharsets.US_ASCII)).uint32(1).string(publicKey)
                .string(namespace).string(reserved).string(hashAlgorithm).string(signature).toByteArray();
    }

    /** The armored form, 70 base64 characters a line like ssh-keygen writes it. */
    public String armor() {
        return armor(encode());
    }

    static String armor(byte[] blob) {
        String b64 = Base64.getEncoder().encodeToString(blob);
        StringBuilder out = new StringBuilder(BEGIN).append('\n');
        for (int i = 0; i < b64.length(); i += 70) out.append(b64, i, Math.min(b64.length(), i + 70)).append('\n');
        return out.append(END).append('\n').toString();
    }

    /** What the key signed for a message under this signature's namespace, reserved field and hash algorithm. */
    public byte[] signedData(byte[] message) {
        return signedData(namespace, reserved, hashAlgorithm, message);
    }

    static byte[] signedData(String namespace, byte[] reserved, String hashAlgorithm, byte[] message) {
        return new SshWire.Writer().raw(MAGIC.getBytes(StandardCharsets.US_ASCII)).string(namespace).string(reserved)
                .string(hashAlgorithm).string(hash(hashAlgorithm, message)).toByteArray();
    }

    /** H(message) for "sha256" or "sha512", the two hash algorithms PROTOCOL.sshsig allows. */
    static byte[] hash(String hashAlgorithm, byte[] message) {
        String jca = switch (hashAlgorithm) {
            case "sha512" -> "SHA-512";
            case "sha256" -> "SHA-256";
            default -> throw ApprovalRefused.signed(Check.UNSUPPORTED, "hash algorithm " + SshPublicKey.printable(hashAlgorithm)
                    + " (sha256 or sha512)");
        };
        try {
            return MessageDigest.getInstance(jca).digest(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(jca + " is not available", e);
        }
    }
}
