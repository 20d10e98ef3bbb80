package dev.schemactl.policy.ssh;

import dev.schemactl.engine.DatabaseHandle;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.policy.ApprovalLedger;
import dev.schemactl.policy.ApprovalRefused;
import dev.schemactl.policy.ApprovalRefused.Check;
import dev.schemactl.policy.DatabaseFingerprint;
import dev.schemactl.policy.PlanDigest;
import dev.schemactl.testing.MutableClock;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A signed approval lets exactly the run it names go ahead, once: signatures by real `ssh-keygen -Y sign`, refusals
 * for expired, other-plan, other-database, other-target, other-operation, too few approvers and replay.
 */
class SignedApprovalVerifierTest {
    private static final Duration EXPIRY = Duration.ofMinutes(15);
    private static final String SQL = "-- apply versions/20370101000001_drop.sql changeset t:1\nALTER TABLE customers DROP COLUMN full_name;\n";
    private static final DatabaseFingerprint DB = ApprovalRequestTest.DB;

    @TempDir
    Path dir;
    private Path alice;
    private Path bob;
    private AllowedSigners signers;
    private final Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

    @BeforeEach
    void keys() throws IOException {
        alice = OpenSsh.keygen(dir, "alice", "ed25519", 0);
        bob = OpenSsh.keygen(dir, "bob", "ecdsa", 256);
        Path file = dir.resolve("allowed_signers");
        Files.writeString(file, "alice@example.com " + OpenSsh.publicKeyText(alice) + "\nbob@example.com " + OpenSsh.publicKeyText(bob) + "\n");
        signers = AllowedSigners.load(file);
    }

    private ApprovalRequest request(String target, String sql, DatabaseFingerprint db, ApprovalRequest.Operation op) {
        return ApprovalRequest.create(op, target, PlanDigest.of(sql), db, now, EXPIRY);
    }

    private SignedApproval signedBy(ApprovalRequest r, Path... keys) {
        SignedApproval out = null;
        for (Path k : keys) {
            String sig = new SshKeygenSigner(k).sign(r);
            out = out == null ? new SignedApproval(r, sig) : out.plus(sig);
        }
        return out;
    }

    private static SignedApprovalVerifier.Expected expected(String target, String sql, DatabaseFingerprint db) {
        return new SignedApprovalVerifier.Expected(ApprovalRequest.Operation.APPLY, target, PlanDigest.of(sql), db, EXPIRY);
    }

    private ApprovalRefused refused(SignedApproval a, SignedApprovalVerifier.Expected e, int required, Instant at) {
        ApprovalRefused x = catchThrowableOfType(ApprovalRefused.class, () -> SignedApprovalVerifier.verify(a, e, signers, required, at));
        assertThat(x).as("should be refused").isNotNull();
        return x;
    }

    @Test
    void aHumansSignatureApprovesExactlyThatRun() {
        SignedApproval a = signedBy(request("prod", SQL, DB, ApprovalRequest.Operation.APPLY), alice);
        // through its text form, as --confirm FILE reads it
        VerifiedApproval v = SignedApprovalVerifier.verify(SignedApproval.parse(a.text()), expected("prod", SQL, DB), signers, 1, now);
        assertThat(v.principals()).isEqualTo("alice@example.com");
        assertThat(v.signers().get(0).fingerprint()).isEqualTo(OpenSsh.fingerprint(alice));
    }

    @Test
    void refusesAnotherPlanDatabaseTargetOperationAndExpired() {
        SignedApproval a = signedBy(request("prod", SQL, DB, ApprovalRequest.Operation.APPLY), alice);
        assertThat(refused(a, expected("prod", SQL + " ", DB), 1, now).check()).isEqualTo(Check.PLAN);
        DatabaseFingerprint copy = new DatabaseFingerprint(DB.engine(), DB.host(), "shop_copy", DB.installId());
        ApprovalRefused otherDb = refused(a, expected("prod", SQL, copy), 1, now);
        assertThat(otherDb.check()).isEqualTo(Check.DATABASE);
        assertThat(otherDb.getMessage()).contains("127.0.0.1/shop ").contains("127.0.0.1/shop_copy");
        assertThat(refused(a, expected("staging", SQL, DB), 1, now).check()).isEqualTo(Check.TARGET);
        assertThat(refused(a, new SignedApprovalVerifier.Expected(ApprovalRequest.Operation.ROLLBACK, "prod", PlanDigest.of(SQL), DB, EXPIRY),
                1, now).check()).isEqualTo(Check.ACTION);
        assertThat(refused(a, expected("prod", SQL, DB), 1, now.plus(EXPIRY)).check()).isEqualTo(Check.EXPIRED);
        assertThat(refused(a, new SignedApprovalVerifier.Expected(ApprovalRequest.Operation.APPLY, "prod", PlanDigest.of(SQL), DB,
                Duration.ofMinutes(5)), 1, now).getMessage()).contains("longer than the policy's expiry");
        assertThat(refused(a, expected("prod", SQL, DB), 1, now.minus(Duration.ofMinutes(10))).getMessage()).contains("in the future");
    }

    @Test
    void editingTheSignedTextBreaksTheSignature() {
        ApprovalRequest r = request("staging", SQL, DB, ApprovalRequest.Operation.APPLY);
        SignedApproval a = signedBy(r, alice);
        // the agent rewrites the target to prod and keeps the signature
        String edited = a.text().replace("target: staging\n", "target: prod\n");
        ApprovalRefused e = refused(SignedApproval.parse(edited), expected("prod", SQL, DB), 1, now);
        assertThat(e.check()).isEqualTo(Check.SIGNATURE);
    }

    @Test
    void nDistinctApproversAreNDistinctKeysAndPrincipals() throws IOException {
        ApprovalRequest r = request("prod", SQL, DB, ApprovalRequest.Operation.APPLY);
        ApprovalRefused one = refused(signedBy(r, alice), expected("prod", SQL, DB), 2, now);
        assertThat(one.check()).isEqualTo(Check.APPROVERS);
        assertThat(one.getMessage()).contains("requires 2 distinct approvers, but only 1 signed (alice@example.com)");
        assertThat(refused(signedBy(r, alice, alice), expected("prod", SQL, DB), 2, now).check()).isEqualTo(Check.APPROVERS);

        VerifiedApproval two = SignedApprovalVerifier.verify(signedBy(r, alice, bob), expected("prod", SQL, DB), signers, 2, now);
        assertThat(two.principals()).isEqualTo("alice@example.com, bob@example.com");

        // a second key listed for the same principal does not make a second approver
        Path alice2 = OpenSsh.keygen(dir, "alice2", "ed25519", 0);
        Path file = dir.resolve("allowed_signers2");
        Files.writeString(file, "alice@example.com " + OpenSsh.publicKeyText(alice) + "\nalice@example.com " + OpenSsh.publicKeyText(alice2) + "\n");
        AllowedSigners twoKeysOnePerson = AllowedSigners.load(file);
        ApprovalRefused e = catchThrowableOfType(ApprovalRefused.class, () -> SignedApprovalVerifier.verify(signedBy(r, alice, alice2),
                expected("prod", SQL, DB), twoKeysOnePerson, 2, now));
        assertThat(e.check()).isEqualTo(Check.APPROVERS);
    }

    @Test
    void anApprovalIsSingleUseInTheLedger() {
        try (TestDatabase tdb = TestDatabase.create(EngineKind.H2);
             DatabaseHandle h = DatabaseHandle.open(tdb.url(), Duration.ofSeconds(10))) {
            DatabaseFingerprint fp = DatabaseFingerprint.of(h);
            SignedApproval a = signedBy(request("local", SQL, fp, ApprovalRequest.Operation.APPLY), alice, bob);
            ApprovalLedger ledger = new ApprovalLedger(h, new MutableClock(now));
            VerifiedApproval v = SignedApprovalVerifier.verify(a, expected("local", SQL, fp), signers, 2, now);
            ledger.consume(v);
            assertThat(ledger.entries()).singleElement().satisfies(entry -> {
                assertThat(entry.nonce()).isEqualTo(a.request().nonce());
                assertThat(entry.approver()).isEqualTo("alice@example.com, bob@example.com");
            });
            VerifiedApproval again = SignedApprovalVerifier.verify(a, expected("local", SQL, fp), signers, 2, now);
            ApprovalRefused replay = catchThrowableOfType(ApprovalRefused.class, () -> ledger.consume(again));
            assertThat(replay.check()).isEqualTo(Check.REPLAY);
            assertThat(replay.getMessage()).startsWith("signed approval refused (already used): it was already used at ");
        }
    }
}
