package dev.schemactl.policy.ssh;

import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The allowed_signers format of ssh-keygen(1). */
class AllowedSignersTest {
    private final HandSigner key = new HandSigner();

    private SchemactlException error(String text) {
        SchemactlException e = catchThrowableOfType(SchemactlException.class, () -> AllowedSigners.parse(text, "signers"));
        assertThat(e).as(text).isNotNull();
        assertThat(e.code()).isEqualTo(ErrorCode.CONFIG);
        return e;
    }

    @Test
    void readsPrincipalsOptionsKeyAndComment() {
        AllowedSigners s = AllowedSigners.parse("# comment\n\n  alice@example.com,bob " + key.publicKeyText() + " laptop key\n"
                + "ops namespaces=\"schemactl-approval,git\",valid-after=\"20260101Z\",valid-before=\"202701011230Z\" "
                + key.publicKeyText() + "\n"
                + "\"carol smith\" " + key.publicKeyText() + "\n", "signers");

        assertThat(s.entries()).hasSize(3);
        AllowedSigner first = s.entries().get(0);
        assertThat(first.line()).isEqualTo(3);
        assertThat(first.principals()).containsExactly("alice@example.com", "bob");
        assertThat(first.namespaces()).isEmpty();
        assertThat(first.validAfter()).isNull();
        AllowedSigner ops = s.entries().get(1);
        assertThat(ops.namespaces()).containsExactly("schemactl-approval", "git");
        assertThat(ops.validAfter()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(ops.validBefore()).isEqualTo(Instant.parse("2027-01-01T12:30:00Z"));
        assertThat(s.entries().get(2).principals()).containsExactly("carol smith");
        assertThat(s.forKey(first.key())).hasSize(3);
    }

    @Test
    void refusesWhatItDoesNotSupportWithTheLine() {
        assertThat(error("alice cert-authority " + key.publicKeyText()).getMessage())
                .isEqualTo("allowed_signers signers line 1: cert-authority is not supported: schemactl verifies plain public keys; "
                        + "list each signer's own key");
        assertThat(error("\nalice no-touch-required " + key.publicKeyText()).getMessage()).startsWith("allowed_signers signers line 2: no-touch-required");
        assertThat(error("alice frobnicate " + key.publicKeyText()).getMessage()).contains("unknown option \"frobnicate\"");
        assertThat(error("alice ssh-dss AAAAB3NzaC1kc3MAAACBAP").getMessage()).contains("line 1");
        assertThat(error("alice ssh-ed25519 !!!").getMessage()).contains("not valid base64");
        assertThat(error("alice").getMessage()).contains("no public key");
        assertThat(error("alice valid-before=\"2026\" " + key.publicKeyText()).getMessage()).contains("YYYYMMDD");
        assertThat(error("alice verify-required " + key.publicKeyText()).getMessage()).contains("only applies to security keys");
        assertThat(error("alice ssh-rsa " + "AAAAB3NzaC1yc2EAAAADAQABAAAAQQC7").getMessage()).contains("line 1");
    }

    @Test
    void patternListsFollowOpenSsh() {
        assertThat(SshPatterns.matchesList("alice@example.com", List.of("*@example.com"))).isTrue();
        assertThat(SshPatterns.matchesList("alice@example.org", List.of("*@example.com"))).isFalse();
        assertThat(SshPatterns.matchesList("bob", List.of("b?b"))).isTrue();
        assertThat(SshPatterns.matchesList("bob", List.of("*", "!bob"))).isFalse();
        assertThat(SshPatterns.matchesList("bob", List.of("!alice"))).isFalse(); // a negation alone matches nothing
        assertThat(SshPatterns.matchesList("Alice", List.of("alice"))).isFalse();
    }
}
