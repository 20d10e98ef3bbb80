package dev.schemactl.policy.ssh;

import dev.schemactl.policy.ApprovalRefused;
import dev.schemactl.policy.ApprovalRefused.Check;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.ECFieldFp;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;

/** The NIST curves of OpenSSH's ECDSA keys (RFC 5656): names, hash, point decoding and signature conversion. */
enum EcCurve {
    NISTP256("nistp256", "secp256r1", "SHA256withECDSAinP1363Format"),
    NISTP384("nistp384", "secp384r1", "SHA384withECDSAinP1363Format"),
    NISTP521("nistp521", "secp521r1", "SHA512withECDSAinP1363Format");

    private final String sshName;
    private final String jcaCurve;
    private final String jcaAlgorithm;
    private final ECParameterSpec params;

    EcCurve(String sshName, String jcaCurve, String jcaAlgorithm) {
        this.sshName = sshName;
        this.jcaCurve = jcaCurve;
        this.jcaAlgorithm = jcaAlgorithm;
        try {
            AlgorithmParameters p = AlgorithmParameters.getInstance("EC");
            p.init(new ECGenParameterSpec(jcaCurve));
            this.params = p.getParameterSpec(ECParameterSpec.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(jcaCurve + " is not available in this JDK", e);
        }
    }

    static EcCurve forKeyType(String keyType) throws SshWire.Malformed {
        for (EcCurve c : values()) {
            if (c.keyType().equals(keyType)) return c;
        }
        throw new SshWire.Malformed("unknown ECDSA key type " + keyType);
    }

    String keyType() {
        return "ecdsa-sha2-" + sshName;
    }

    String jcaAlgorithm() {
        return jcaAlgorithm;
    }

    /** Decodes the curve name and the uncompressed point (04 || X || Y) of a key blob and checks it lies on the curve. */
    PublicKey point(String curveName, byte[] q) throws SshWire.Malformed, GeneralSecurityException {
        if (!sshName.equals(curveName)) throw new SshWire.Malformed("curve " + curveName + " does not fit " + keyType());
        int len = fieldBytes();
        if (q.length != 1 + 2 * len || q[0] != 4) throw new SshWire.Malformed("not an uncompressed " + sshName + " point");
        BigInteger x = new BigInteger(1, java.util.Arrays.copyOfRange(q, 1, 1 + len));
        BigInteger y = new BigInteger(1, java.util.Arrays.copyOfRange(q, 1 + len, q.length));
        BigInteger p = ((ECFieldFp) params.getCurve().getField()).getP();
        if (x.compareTo(p) >= 0 || y.compareTo(p) >= 0
                || !y.multiply(y).subtract(x.pow(3).add(params.getCurve().getA().multiply(x)).add(params.getCurve().getB())).mod(p).equals(BigInteger.ZERO)) {
            throw new SshWire.Malformed("the point is not on " + sshName);
        }
        return KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(new ECPoint(x, y), params));
    }

    /** The SSH ECDSA signature (string of mpint r, mpint s) as the fixed-length r || s the JCA's P1363 format wants. */
    byte[] p1363(byte[] sshSignature) {
        try {
            SshWire.Reader r = new SshWire.Reader(sshSignature);
            BigInteger rr = r.positiveMpint();
            BigInteger ss = r.positiveMpint();
            r.end();
            BigInteger n = params.getOrder();
            if (rr.signum() <= 0 || ss.signum() <= 0 || rr.compareTo(n) >= 0 || ss.compareTo(n) >= 0) {
                throw ApprovalRefused.signed(Check.SIGNATURE, "ECDSA signature values out of range");
            }
            int len = (n.bitLength() + 7) / 8;
            byte[] out = new byte[2 * len];
            put(rr, out, 0, len);
            put(ss, out, len, len);
            return out;
        } catch (SshWire.Malformed e) {
            throw ApprovalRefused.signed(Check.SIGNATURE, "malformed ECDSA signature: " + e.getMessage());
        }
    }

    private int fieldBytes() {
        return (params.getCurve().getField().getFieldSize() + 7) / 8;
    }

    private static void put(BigInteger v, byte[] out, int offset, int len) {
        byte[] b = v.toByteArray();
        int skip = b.length > len ? b.length - len : 0; // a leading sign byte
        System.arraycopy(b, skip, out, offset + len - (b.length - skip), b.length - skip);
    }
}
