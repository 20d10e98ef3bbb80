package dev.schemactl.policy.ssh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The real OpenSSH tools as the independent oracle: key generation, fingerprints and `ssh-keygen -Y verify`. */
final class OpenSsh {
    private OpenSsh() {
    }

    record Result(int exit, String output) {
    }

    /** A new key pair without passphrase: returns the private key path (the public key is path + ".pub"). */
    static Path keygen(Path dir, String name, String type, int bits) {
        Path key = dir.resolve(name);
        List<String> cmd = new ArrayList<>(List.of("ssh-keygen", "-q", "-t", type, "-N", "", "-C", name, "-f", key.toString()));
        if (bits > 0) cmd.addAll(List.of("-b", Integer.toString(bits)));
        Result r = run(cmd, null);
        if (r.exit() != 0) throw new IllegalStateException("ssh-keygen failed: " + r.output());
        return key;
    }

    static String publicKeyText(Path privateKey) {
        try {
            return Files.readString(Path.of(privateKey + ".pub")).strip();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "SHA256:…" as ssh-keygen -l prints it. */
    static String fingerprint(Path privateKey) {
        Result r = run(List.of("ssh-keygen", "-l", "-E", "sha256", "-f", privateKey + ".pub"), null);
        return r.output().split("\\s+")[1];
    }

    /** ssh-keygen -Y verify of a message against allowed_signers for an identity and namespace. */
    static Result verify(Path allowedSigners, String identity, String namespace, String armoredSignature, byte[] message) {
        try {
            Path sig = Files.createTempFile(allowedSigners.getParent(), "sig", ".sig");
            Files.writeString(sig, armoredSignature, StandardCharsets.US_ASCII);
            return run(List.of("ssh-keygen", "-Y", "verify", "-f", allowedSigners.toString(), "-I", identity, "-n", namespace,
                    "-s", sig.toString()), message);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** ssh-keygen -Y find-principals: which principals allowed_signers lists for the signature's key. */
    static Result findPrincipals(Path allowedSigners, String armoredSignature) {
        try {
            Path sig = Files.createTempFile(allowedSigners.getParent(), "sig", ".sig");
            Files.writeString(sig, armoredSignature, StandardCharsets.US_ASCII);
            return run(List.of("ssh-keygen", "-Y", "find-principals", "-f", allowedSigners.toString(), "-s", sig.toString()), null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Result run(List<String> cmd, byte[] stdin) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            if (stdin != null) p.getOutputStream().write(stdin);
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("timed out: " + cmd);
            }
            return new Result(p.exitValue(), out.strip());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
