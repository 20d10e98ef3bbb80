package dev.schemactl.policy.ssh;

import dev.schemactl.policy.ApprovalRefused;
import dev.schemactl.policy.ApprovalRefused.Check;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * An OpenSSH public key schemactl accepts for approvals, as its wire blob (RFC 4253 §6.6, PROTOCOL.u2f for the
 * FIDO "sk-" keys), and how a signature by it is checked with the JDK's JCA. Certificates are not accepted.
 */
public sealed interface SshPublicKey
        permits SshPublicKey.Ed25519, SshPublicKey.Ecdsa, SshPublicKey.Rsa, SshPublicKey.SkEd25519, SshPublicKey.SkEcdsa {

    /** The smallest RSA modulus accepted (OpenSSH accepts 1024; schemactl asks for more). */
    int MIN_RSA_BITS = 2048;
    /** FIDO flag: the user touched the key. */
    int FLAG_USER_PRESENCE = 0x01;
    /** FIDO flag: the authenticator verified the user (PIN or biometrics). */
    int FLAG_USER_VERIFICATION = 0x04;

    /** The key type name, e.g. "ssh-ed25519". */
    String type();

    /** The wire encoding (what the base64 in a .pub file decodes to). */
    byte[] blob();

    /**
     * Checks a signature blob ({@code string alg, string sig[, byte flags, uint32 counter]}) over {@code data}.
     *
     * @param requireUserVerification for FIDO keys: the authenticator must also report user verification
     * @throws ApprovalRefused SIGNATURE when it does not verify, UNSUPPORTED for an algorithm not accepted
     */
    void verify(byte[] signatureBlob, byte[] data, boolean requireUserVerification);

    /** "SHA256:" + unpadded base64 of SHA-256 of the blob, as `ssh-keygen -l` prints it. */
    default String fingerprint() {
        return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(sha256(blob()));
    }

    /** The authorized_keys form: "type base64". */
    default String openSshText() {
        return type() + " " + Base64.getEncoder().encodeToString(blob());
    }

    default boolean sameKey(SshPublicKey other) {
        return other != null && MessageDigest.isEqual(blob(), other.blob());
    }

    /** A key that is not well formed, or of a type schemactl does not accept. */
    final class KeyRefused extends Exception {
        private final boolean unsupported;

        KeyRefused(boolean unsupported, String message) {
            super(message);
            this.unsupported = unsupported;
        }

        public boolean unsupported() {
            return unsupported;
        }
    }

    /** Decodes a key blob; the blob must hold nothing more. */
    static SshPublicKey parse(byte[] blob) throws KeyRefused {
        SshWire.Reader r = new SshWire.Reader(blob);
        try {
            String type = r.utf8();
            SshPublicKey key = switch (type) {
                case "ssh-ed25519" -> new Ed25519(blob, ed25519Point(r.string()));
                case "sk-ssh-ed25519@openssh.com" -> {
                    byte[] pk = ed25519Point(r.string());
                    yield new SkEd25519(blob, pk, r.string());
                }
                case "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521" -> {
                    EcCurve curve = EcCurve.forKeyType(type);
                    yield new Ecdsa(blob, curve, curve.point(r.utf8(), r.string()));
                }
                case "sk-ecdsa-sha2-nistp256@openssh.com" -> {
                    EcCurve curve = EcCurve.NISTP256;
                    PublicKey point = curve.point(r.utf8(), r.string());
                    yield new SkEcdsa(blob, point, r.string());
                }
                case "ssh-rsa" -> {
                    BigInteger e = r.positiveMpint();
                    BigInteger n = r.positiveMpint();
                    if (n.bitLength() < MIN_RSA_BITS) {
                        throw new KeyRefused(true, "RSA key of " + n.bitLength() + " bits; at least " + MIN_RSA_BITS + " are required");
                    }
                    yield new Rsa(blob, n, (PublicKey) KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(n, e)));
                }
                default -> throw new KeyRefused(true, type.contains("-cert-v01@openssh.com")
                        ? "SSH certificates (" + type + ") are not accepted; list the plain public key in allowed_signers"
                        : "key type " + printable(type) + " is not accepted (ssh-ed25519, ecdsa-sha2-nistp256/384/521, ssh-rsa, "
                        + "sk-ssh-ed25519@openssh.com, sk-ecdsa-sha2-nistp256@openssh.com)");
            };
            r.end();
            return key;
        } catch (SshWire.Malformed e) {
            throw new KeyRefused(false, "malformed public key: " + e.getMessage());
        } catch (GeneralSecurityException e) {
            throw new KeyRefused(false, "malformed public key: " + e.getMessage());
        }
    }

    /** Parses "type base64 [comment]" (the .pub / authorized_keys form). */
    static SshPublicKey parseOpenSsh(String text) throws KeyRefused {
        String[] parts = text.strip().split("\\s+");
        if (parts.length < 2) throw new KeyRefused(false, "expected \"<type> <base64>\"");
        byte[] blob;
        try {
            blob = Base64.getDecoder().decode(parts[1]);
        } catch (IllegalArgumentException e) {
            throw new KeyRefused(false, "the key is not valid base64");
        }
        SshPublicKey key = parse(blob);
        if (!key.type().equals(parts[0])) {
            throw new KeyRefused(false, "the key says " + printable(parts[0]) + " but its blob is " + key.type());
        }
        return key;
    }

    record Ed25519(byte[] blob, PublicKey key) implements SshPublicKey {
        Ed25519(byte[] blob, byte[] point) throws GeneralSecurityException {
            this(blob, ed25519Key(point));
        }

        public String type() {
            return "ssh-ed25519";
        }

        public void verify(byte[] signatureBlob, byte[] data, boolean requireUserVerification) {
            SignatureParts s = SignatureParts.read(signatureBlob, false);
            expectAlgorithm(s.algorithm(), "ssh-ed25519");
            check(jca("Ed25519", key, data, s.signature()), this);
        }
    }

    record SkEd25519(byte[] blob, PublicKey key, byte[] application) implements SshPublicKey {
        SkEd25519(byte[] blob, byte[] point, byte[] application) throws GeneralSecurityException {
            this(blob, ed25519Key(point), application);
        }

        public String type() {
            return "sk-ssh-ed25519@openssh.com";
        }

        public void verify(byte[] signatureBlob, byte[] data, boolean requireUserVerification) {
            SignatureParts s = SignatureParts.read(signatureBlob, true);
            expectAlgorithm(s.algorithm(), type());
            check(jca("Ed25519", key, fidoSigned(application, s, data), s.signature()), this);
            checkFlags(s.flags(), requireUserVerification);
        }
    }

    record Ecdsa(byte[] blob, EcCurve curve, PublicKey key) implements SshPublicKey {
        public String type() {
            return curve.keyType();
        }

        public void verify(byte[] signatureBlob, byte[] data, boolean requireUserVerification) {
            SignatureParts s = SignatureParts.read(signatureBlob, false);
            expectAlgorithm(s.algorithm(), type());
            check(jca(curve.jcaAlgorithm(), key, data, curve.p1363(s.signature())), this);
        }
    }

    record SkEcdsa(byte[] blob, PublicKey key, byte[] application) implements SshPublicKey {
        public String type() {
            return "sk-ecdsa-sha2-nistp256@openssh.com";
        }

        public void verify(byte[] signatureBlob, byte[] data, boolean requireUserVerification) {
            SignatureParts s = SignatureParts.read(signatureBlob, true);
            expectAlgorithm(s.algorithm(), type());
            check(jca("SHA256withECDSAinP1363Format", key, fidoSigned(application, s, data),
                    EcCurve.NISTP256.p1363(s.signature())), this);
            checkFlags(s.flags(), requireUserVerification);
        }
    }

    record Rsa(byte[] blob, BigInteger modulus, PublicKey key) implements SshPublicKey {
        public String type() {
            return "ssh-rsa";
        }

        public void verify(byte[] signatureBlob, byte[] data, boolean requireUserVerification) {
            SignatureParts s = SignatureParts.read(signatureBlob, false);
            String jcaName = switch (s.algorithm()) {
                case "rsa-sha2-512" -> "SHA512withRSA";
                case "rsa-sha2-256" -> "SHA256withRSA";
                case "ssh-rsa" -> throw ApprovalRefused.signed(Check.UNSUPPORTED,
                        "RSA signature with SHA-1 (ssh-rsa); sign with rsa-sha2-512 (ssh-keygen -Y sign does)");
                default -> throw ApprovalRefused.signed(Check.SIGNATURE,
                        "signature algorithm " + printable(s.algorithm()) + " does not fit an ssh-rsa key");
            };
            int length = (modulus.bitLength() + 7) / 8;
            byte[] sig = s.signature();
            if (sig.length > length) throw ApprovalRefused.signed(Check.SIGNATURE, "RSA signature longer than the modulus");
            if (sig.length < length) { // OpenSSH pads short signatures; so does the JCA-bound copy here
                byte[] padded = new byte[length];
                System.arraycopy(sig, 0, padded, length - sig.length, sig.length);
                sig = padded;
            }
            check(jca(jcaName, key, data, sig), this);
        }
    }

    // ---- shared helpers ----

    /** The parts of a signature blob; flags and counter only for FIDO signatures. */
    record SignatureParts(String algorithm, byte[] signature, int flags, long counter) {
        static SignatureParts read(byte[] blob, boolean fido) {
            SshWire.Reader r = new SshWire.Reader(blob);
            try {
                String alg = r.utf8();
                byte[] sig = r.string();
                int flags = 0;
                long counter = 0;
                if (fido) {
                    flags = r.uint8();
                    counter = r.uint32() & 0xffffffffL;
                }
                r.end();
                return new SignatureParts(alg, sig, flags, counter);
            } catch (SshWire.Malformed e) {
                throw ApprovalRefused.signed(Check.SIGNATURE, "malformed signature blob: " + e.getMessage());
            }
        }
    }

    private static void expectAlgorithm(String actual, String expected) {
        if (!expected.equals(actual)) {
            throw ApprovalRefused.signed(Check.SIGNATURE, "signature algorithm " + printable(actual)
                    + " does not fit a " + expected + " key");
        }
    }

    /** What a FIDO authenticator signs: sha256(application) || flags || counter || sha256(data). */
    private static byte[] fidoSigned(byte[] application, SignatureParts s, byte[] data) {
        return new SshWire.Writer().raw(sha256(application)).uint8(s.flags()).uint32((int) s.counter())
                .raw(sha256(data)).toByteArray();
    }

    private static void checkFlags(int flags, boolean requireUserVerification) {
        if ((flags & FLAG_USER_PRESENCE) == 0) {
            throw ApprovalRefused.signed(Check.SIGNATURE, "the security key signed without a touch (user-presence flag not set)");
        }
        if (requireUserVerification && (flags & FLAG_USER_VERIFICATION) == 0) {
            throw ApprovalRefused.signed(Check.SIGNATURE,
                    "allowed_signers says verify-required, but the security key did not verify the user (PIN)");
        }
    }

    private static void check(boolean ok, SshPublicKey key) {
        if (!ok) {
            throw ApprovalRefused.signed(Check.SIGNATURE, "the signature does not verify with " + key.type() + " key "
                    + key.fingerprint() + ": the signed text was changed or another key signed it");
        }
    }

    private static boolean jca(String algorithm, PublicKey key, byte[] data, byte[] signature) {
        try {
            Signature v = Signature.getInstance(algorithm);
            v.initVerify(key);
            v.update(data);
            return v.verify(signature);
        } catch (java.security.SignatureException | java.security.InvalidKeyException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is not available in this JDK", e);
        }
    }

    private static byte[] ed25519Point(byte[] point) throws SshWire.Malformed {
        if (point.length != 32) throw new SshWire.Malformed("an Ed25519 key has 32 bytes, not " + point.length);
        return point;
    }

    private static PublicKey ed25519Key(byte[] point) throws GeneralSecurityException {
        byte[] spki = HexFormat.of().parseHex("302a300506032b6570032100");
        byte[] der = Arrays.copyOf(spki, spki.length + 32);
        System.arraycopy(point, 0, der, spki.length, 32);
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** A name from untrusted input, safe to print on one line. */
    static String printable(String s) {
        String clean = s.codePoints().map(c -> c < 0x20 || c == 0x7f ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return "\"" + (clean.length() > 60 ? clean.substring(0, 60) + "…" : clean) + "\"";
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
