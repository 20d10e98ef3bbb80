package dev.schemactl.policy.ssh;

import dev.schemactl.policy.ApprovalRefused;
import dev.schemactl.policy.ApprovalRefused.Check;
import dev.schemactl.policy.DatabaseFingerprint;
import dev.schemactl.policy.PlanDigest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The text a human signs: deterministic, parsed back strictly. */
class ApprovalRequestTest {
    static final DatabaseFingerprint DB = new DatabaseFingerprint("postgresql", "127.0.0.1", "shop", "0d4c2a4e-9f7e-4c55-a1d2-3b4c5d6e7f80");
    static final String PLAN = PlanDigest.of("DROP TABLE customers;\n");

    static ApprovalRequest request() {
        return new ApprovalRequest(ApprovalRequest.Operation.APPLY, "prod", PLAN, DB, Instant.parse("2026-12-02T06:30:00Z"),
                Instant.parse("2026-12-02T06:45:00Z"), "q3vX0aZ9bQ8cW7dE6fR5tY");
    }

    @Test
    void canonicalTextIsFixed() {
        assertThat(request().canonicalText()).isEqualTo("""
                schemactl approval v1
                namespace: schemactl-approval
                operation: apply
                target: prod
                plan: %s
                database-engine: postgresql
                database-host: 127.0.0.1
                database-name: shop
                database-install-id: 0d4c2a4e-9f7e-4c55-a1d2-3b4c5d6e7f80
                issued: 2026-12-02T06:30:00Z
                expires: 2026-12-02T06:45:00Z
                nonce: q3vX0aZ9bQ8cW7dE6fR5tY
                """.formatted(PLAN));
    }

    @Test
    void parsesItsOwnTextBack() {
        assertThat(ApprovalRequest.parse(request().canonicalText())).isEqualTo(request());
        ApprovalRequest h2 = new ApprovalRequest(ApprovalRequest.Operation.ROLLBACK, "local", PLAN,
                new DatabaseFingerprint("h2", null, "/home/me/project/.schemactl/dev", "id-1"), Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2026-01-01T00:15:00Z"), "AAAAAAAAAAAAAAAAAAAAAA");
        assertThat(h2.canonicalText()).contains("database-host: -\n");
        assertThat(ApprovalRequest.parse(h2.canonicalText())).isEqualTo(h2);
        ApprovalRequest fresh = ApprovalRequest.create(ApprovalRequest.Operation.APPLY, "local", PLAN, DB, Instant.now(), Duration.ofMinutes(15));
        assertThat(fresh.nonce()).hasSize(22);
        assertThat(ApprovalRequest.parse(fresh.canonicalText())).isEqualTo(fresh);
    }

    @Test
    void anythingButTheCanonicalTextIsRefused() {
        String text = request().canonicalText();
        for (String bad : new String[]{
                text.replace("\n", "\r\n"),
                text + "\n",
                text + "note: ok\n",
                text.replace("target: prod\n", "").replace("operation: apply\n", "operation: apply\ntarget: prod\n ").trim(),
                text.replace("operation: apply\ntarget: prod\n", "target: prod\noperation: apply\n"),
                text.replace("target: prod", "target:  prod"),
                text.replace("target: prod", "target: prod\u0000"),
                text.replace("issued: 2026-12-02T06:30:00Z", "issued: 2026-12-02T06:30:00.000Z"),
                text.replace("operation: apply", "operation: drop"),
                text.substring(1)}) {
            ApprovalRefused e = catchThrowableOfType(ApprovalRefused.class, () -> ApprovalRequest.parse(bad));
            assertThat(e).as(bad).isNotNull();
            assertThat(e.check()).as(bad).isEqualTo(Check.ARMOR);
        }
        assertThat(catchThrowableOfType(ApprovalRefused.class,
                () -> ApprovalRequest.parse(text.replace("namespace: schemactl-approval", "namespace: git"))).check())
                .isEqualTo(Check.NAMESPACE);
    }

    @Test
    void fieldsThatCouldSmuggleLinesAreRejected() {
        assertThatThrownBy(() -> new ApprovalRequest(ApprovalRequest.Operation.APPLY, "prod\nplan: x", PLAN, DB,
                Instant.EPOCH, Instant.EPOCH.plusSeconds(1), "AAAAAAAAAAAAAAAAAAAAAA")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ApprovalRequest(ApprovalRequest.Operation.APPLY, "prod", PLAN,
                new DatabaseFingerprint("postgresql", "h", "shop\nnonce: x", "id"),
                Instant.EPOCH, Instant.EPOCH.plusSeconds(1), "AAAAAAAAAAAAAAAAAAAAAA")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSignedApprovalRoundTripsWithSeveralSignatures() {
        HandSigner a = new HandSigner();
        HandSigner b = new HandSigner();
        SignedApproval signed = new SignedApproval(request(), a.sign(request().signedBytes(), ApprovalRequest.NAMESPACE))
                .plus(b.sign(request().signedBytes(), ApprovalRequest.NAMESPACE));
        SignedApproval back = SignedApproval.parse(signed.text());
        assertThat(back.request()).isEqualTo(request());
        assertThat(back.signatures()).hasSize(2);
        assertThat(back.text()).isEqualTo(signed.text());
        assertThat(SignedApproval.looksLikeText(signed.text())).isTrue();
        assertThat(catchThrowableOfType(ApprovalRefused.class, () -> SignedApproval.parse(request().canonicalText())).check())
                .isEqualTo(Check.ARMOR);
        assertThat(catchThrowableOfType(ApprovalRefused.class, () -> SignedApproval.parse(signed.text() + "trailing\n")).check())
                .isEqualTo(Check.ARMOR);
    }
}
