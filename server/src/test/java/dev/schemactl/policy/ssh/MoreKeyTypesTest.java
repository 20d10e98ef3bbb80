package dev.schemactl.policy.ssh;

import dev.schemactl.policy.ApprovalRefused;
import dev.schemactl.policy.ApprovalRefused.Check;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Key types ssh-keygen cannot make here without hardware or will not sign with: a FIDO ECDSA key (sk-ecdsa, built by
 * hand) verifies here and in `ssh-keygen -Y verify`; an RSA signature with SHA-1 (ssh-rsa) is refused.
 */
class MoreKeyTypesTest {
    private static final String NS = ApprovalRequest.NAMESPACE;
    private static final byte[] MESSAGE = "approve this\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void aFidoEcdsaSignatureVerifiesHereAndInOpenSsh() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = g.generateKeyPair();
        ECPublicKey pub = (ECPublicKey) pair.getPublic();
        byte[] q = new byte[65];
        q[0] = 4;
        put(pub.getW().getAffineX(), q, 1, 32);
        put(pub.getW().getAffineY(), q, 33, 32);
        String type = "sk-ecdsa-sha2-nistp256@openssh.com";
        byte[] blob = new SshWire.Writer().string(type).string("nistp256").string(q).string("ssh:").toByteArray();
        Path allowed = dir.resolve("allowed_signers");
        Files.writeString(allowed, "carol " + type + " " + Base64.getEncoder().encodeToString(blob) + "\n");

        String sig = skEcdsa(pair, blob, 0x01);
        VerifiedSigner s = SshSignatureVerifier.verify(MESSAGE, sig, NS, AllowedSigners.load(allowed), Instant.now());
        assertThat(s.keyType()).isEqualTo(type);
        OpenSsh.Result openssh = OpenSsh.verify(allowed, "carol", NS, sig, MESSAGE);
        assertThat(openssh.exit()).as(openssh.output()).isZero();

        ApprovalRefused untouched = catchThrowableOfType(ApprovalRefused.class,
                () -> SshSignatureVerifier.verify(MESSAGE, skEcdsa(pair, blob, 0), NS, AllowedSigners.load(allowed), Instant.now()));
        assertThat(untouched.check()).isEqualTo(Check.SIGNATURE);
        byte[] other = "approve that\n".getBytes(StandardCharsets.UTF_8);
        assertThat(catchThrowableOfType(ApprovalRefused.class,
                () -> SshSignatureVerifier.verify(other, sig, NS, AllowedSigners.load(allowed), Instant.now())).check())
                .isEqualTo(Check.SIGNATURE);
        assertThat(OpenSsh.verify(allowed, "carol", NS, sig, other).exit()).isNotZero();
    }

    @Test
    void rsaWithSha1IsRefusedHereAndInOpenSsh() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        KeyPair pair = g.generateKeyPair();
        RSAPublicKey pub = (RSAPublicKey) pair.getPublic();
        byte[] blob = new SshWire.Writer().string("ssh-rsa").mpint(pub.getPublicExponent()).mpint(pub.getModulus()).toByteArray();
        Path allowed = dir.resolve("allowed_signers");
        Files.writeString(allowed, "dave ssh-rsa " + Base64.getEncoder().encodeToString(blob) + "\n");
        byte[] data = SshSignature.signedData(NS, new byte[0], "sha512", MESSAGE);

        String sha1 = new SshSignature(blob, NS, new byte[0], "sha512",
                new SshWire.Writer().string("ssh-rsa").string(rsa("SHA1withRSA", pair, data)).toByteArray()).armor();
        ApprovalRefused e = catchThrowableOfType(ApprovalRefused.class,
                () -> SshSignatureVerifier.verify(MESSAGE, sha1, NS, AllowedSigners.load(allowed), Instant.now()));
        assertThat(e.check()).isEqualTo(Check.UNSUPPORTED);
        assertThat(e.getMessage()).contains("SHA-1");
        assertThat(OpenSsh.verify(allowed, "dave", NS, sha1, MESSAGE).exit()).isNotZero();

        String sha256 = new SshSignature(blob, NS, new byte[0], "sha512",
                new SshWire.Writer().string("rsa-sha2-256").string(rsa("SHA256withRSA", pair, data)).toByteArray()).armor();
        assertThat(SshSignatureVerifier.verify(MESSAGE, sha256, NS, AllowedSigners.load(allowed), Instant.now()).principal()).isEqualTo("dave");
        assertThat(OpenSsh.verify(allowed, "dave", NS, sha256, MESSAGE).exit()).isZero();
    }

    private static String skEcdsa(KeyPair pair, byte[] blob, int flags) throws Exception {
        byte[] data = SshSignature.signedData(NS, new byte[0], "sha512", MESSAGE);
        byte[] fido = new SshWire.Writer().raw(SshPublicKey.sha256("ssh:".getBytes(StandardCharsets.UTF_8))).uint8(flags).uint32(9)
                .raw(SshPublicKey.sha256(data)).toByteArray();
        Signature s = Signature.getInstance("SHA256withECDSAinP1363Format");
        s.initSign(pair.getPrivate());
        s.update(fido);
        byte[] rs = s.sign();
        byte[] inner = new SshWire.Writer().mpint(new BigInteger(1, Arrays.copyOfRange(rs, 0, 32)))
                .mpint(new BigInteger(1, Arrays.copyOfRange(rs, 32, 64))).toByteArray();
        byte[] sigBlob = new SshWire.Writer().string("sk-ecdsa-sha2-nistp256@openssh.com").string(inner).uint8(flags).uint32(9).toByteArray();
        return new SshSignature(blob, NS, new byte[0], "sha512", sigBlob).armor();
    }

    private static byte[] rsa(String alg, KeyPair pair, byte[] data) throws Exception {
        Signature s = Signature.getInstance(alg);
        s.initSign(pair.getPrivate());
        s.update(data);
        return s.sign();
    }

    private static void put(BigInteger v, byte[] out, int offset, int len) {
        byte[] b = v.toByteArray();
        int skip = b.length > len ? b.length - len : 0;
        System.arraycopy(b, skip, out, offset + len - (b.length - skip), b.length - skip);
    }
}
