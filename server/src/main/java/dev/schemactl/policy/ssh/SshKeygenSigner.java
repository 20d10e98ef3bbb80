package dev.schemactl.policy.ssh;

import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The human's side: signs with the real {@code ssh-keygen -Y sign -n schemactl-approval -f KEY}. KEY is a private
 * key file (ssh-keygen asks for its passphrase at the terminal), or a public key whose private half is in the
 * ssh-agent at SSH_AUTH_SOCK (with {@code ssh-add -c} the agent asks for a confirmation; a FIDO key asks for a
 * touch). The text to sign goes through a temporary file, so the terminal stays free for ssh-keygen's prompts.
 */
public final class SshKeygenSigner {
    private final String executable;
    private final Path key;

    public SshKeygenSigner(Path key) {
        this("ssh-keygen", key);
    }

    public SshKeygenSigner(String executable, Path key) {
        this.executable = executable;
        this.key = key;
    }

    /** Signs an approval request; returns the armored signature. */
    public String sign(ApprovalRequest request) {
        return sign(request.signedBytes(), ApprovalRequest.NAMESPACE);
    }

    /** Signs a message for a namespace; returns the armored signature. */
    public String sign(byte[] message, String namespace) {
        if (!Files.isReadable(key)) {
            throw new SchemactlException(ErrorCode.CONFIG, "cannot read the signing key " + key,
                    "pass --key with your SSH private key, or your public key when its private half is in ssh-agent");
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("schemactl-sign", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Path file = dir.resolve("approval.txt");
            Files.write(file, message);
            Process p = new ProcessBuilder(List.of(executable, "-Y", "sign", "-n", namespace, "-f", key.toString(), file.toString()))
                    .redirectInput(ProcessBuilder.Redirect.INHERIT)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.PIPE)
                    .start();
            String err;
            try (var in = p.getErrorStream()) {
                err = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            }
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new SchemactlException(ErrorCode.TIMEOUT, "ssh-keygen -Y sign did not finish in 5 minutes", "try again");
            }
            Path sig = dir.resolve("approval.txt.sig");
            if (p.exitValue() != 0 || !Files.exists(sig)) {
                throw new SchemactlException(ErrorCode.CONFIRMATION, "ssh-keygen -Y sign failed (exit " + p.exitValue() + ")"
                        + (err.isEmpty() ? "" : ": " + err.lines().reduce((a, b) -> b).orElse("")),
                        "check the key (--key), its passphrase, or that ssh-agent holds it (ssh-add -l)");
            }
            return Files.readString(sig, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new SchemactlException(ErrorCode.CONFIRMATION, "cannot run " + executable + ": " + e.getMessage(),
                    "install OpenSSH 8.2 or newer (ssh-keygen -Y sign)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemactlException(ErrorCode.CONFIRMATION, "interrupted while signing", "try again");
        } finally {
            if (dir != null) deleteQuietly(dir);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) Files.deleteIfExists(f);
            Files.deleteIfExists(dir);
        } catch (IOException ignored) {
            // a temp dir left behind holds only the public approval text and its signature
        }
    }
}
