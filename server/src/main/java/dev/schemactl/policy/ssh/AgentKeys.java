package dev.schemactl.policy.ssh;

import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** The keys ssh-agent holds ({@code ssh-add -L}), to sign with one that allowed_signers lists when no --key is given. */
public final class AgentKeys {
    private AgentKeys() {
    }

    /**
     * Writes the public half of the first agent key that allowed_signers lists to a private temporary .pub file, which
     * {@link SshKeygenSigner} passes to {@code ssh-keygen -Y sign -f} (the agent then signs).
     */
    public static Path firstAllowed(AllowedSigners signers) {
        String listed;
        try {
            Process p = new ProcessBuilder("ssh-add", "-L").redirectErrorStream(true).start();
            listed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new SchemactlException(ErrorCode.CONFIRMATION, "no ssh-agent keys (ssh-add -L: " + listed.strip() + ")",
                        "pass --key with your SSH key file, or start ssh-agent and `ssh-add` your key");
            }
        } catch (IOException e) {
            throw new SchemactlException(ErrorCode.CONFIRMATION, "cannot run ssh-add: " + e.getMessage(), "pass --key with your SSH key file");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemactlException(ErrorCode.CONFIRMATION, "interrupted", "try again");
        }
        for (String line : listed.lines().toList()) {
            try {
                SshPublicKey key = SshPublicKey.parseOpenSsh(line);
                if (!signers.forKey(key).isEmpty()) {
                    Path file = Files.createTempFile("schemactl-agent-key", ".pub");
                    file.toFile().deleteOnExit();
                    Files.writeString(file, key.openSshText() + "\n");
                    return file;
                }
            } catch (SshPublicKey.KeyRefused | IOException ignored) {
                // a key type schemactl does not accept, or a line that is not a key: try the next
            }
        }
        throw new SchemactlException(ErrorCode.CONFIRMATION, "none of ssh-agent's keys is in allowed_signers " + signers.source(),
                "pass --key with the key allowed_signers lists for you, or `ssh-add` it");
    }
}
