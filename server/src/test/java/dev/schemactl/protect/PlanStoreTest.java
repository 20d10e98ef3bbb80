package dev.schemactl.protect;

import dev.schemactl.policy.Action;
import dev.schemactl.policy.ApprovalRefused;
import dev.schemactl.policy.DatabaseFingerprint;
import dev.schemactl.policy.Decision;
import dev.schemactl.policy.PlanDigest;
import dev.schemactl.policy.ssh.AllowedSigners;
import dev.schemactl.policy.ssh.ApprovalRequest;
import dev.schemactl.policy.ssh.SshKeygenSigner;
import dev.schemactl.risk.RiskReport;
import dev.schemactl.service.ApprovalPlan;
import dev.schemactl.testing.MutableClock;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The plan store with real ssh-keygen signatures: single use, distinct approvers, expiry, exact request. */
class PlanStoreTest {
    static final String SQL = "-- apply versions/20370101000001_x.sql changeset t:1\nALTER TABLE customers DROP COLUMN full_name;\n";
    static final DatabaseFingerprint DB = new DatabaseFingerprint("postgresql", "db", "shop", "0d4c9a1e");

    @TempDir
    Path dir;
    MutableClock clock;
    PlanStore store;
    AllowedSigners signers;

    @BeforeEach
    void setUp() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/ssh-keygen")), "needs ssh-keygen");
        for (String who : List.of("alice", "bob", "mallory")) {
            Process p = new ProcessBuilder("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", who, "-f", dir.resolve(who).toString())
                    .redirectErrorStream(true).start();
            assertThat(p.waitFor()).isZero();
        }
        signers = AllowedSigners.parse("alice@example.com " + Files.readString(dir.resolve("alice.pub")).strip() + "\n"
                + "bob@example.com " + Files.readString(dir.resolve("bob.pub")).strip() + "\n", "allowed_signers");
        clock = new MutableClock(Instant.parse("2026-12-02T06:00:00Z"));
        store = new PlanStore(clock);
    }

    private StoredPlan waiting(String target, String sql, int approvers) {
        ApprovalPlan plan = new ApprovalPlan(ApprovalPlan.Kind.MIGRATE, List.of("20370101000001"), sql, PlanDigest.of(sql), "20370101000001");
        return store.waiting(target, plan, DB, RiskReport.of(List.of(), "reversible"),
                new Decision(Action.REQUIRE_CONFIRMATION, List.of(), "destructive"), "customers", approvers, Duration.ofMinutes(30));
    }

    private String sign(String who, StoredPlan plan) {
        return new SshKeygenSigner(dir.resolve(who)).sign(plan.request());
    }

    private ApprovalPlan planOf(StoredPlan p) {
        return p.plan();
    }

    @Test
    void anApprovedPlanRunsOnceForExactlyItsTargetAndSql() {
        StoredPlan prod = waiting("prod", SQL, 1);
        assertThat(waiting("prod", SQL, 1).id()).isEqualTo(prod.id());
        StoredPlan staging = waiting("staging", SQL, 1);
        assertThat(staging.id()).isNotEqualTo(prod.id());
        assertThat(store.take("prod", planOf(prod), DB)).isEmpty();

        StoredPlan signed = store.sign(prod.id(), sign("alice", prod), signers);
        assertThat(signed.state()).isEqualTo(StoredPlan.State.APPROVED);
        assertThat(signed.principals()).containsExactly("alice@example.com");
        assertThat(store.take("staging", planOf(staging), DB)).isEmpty();
        assertThat(store.take("prod", planOf(prod), new DatabaseFingerprint("postgresql", "db", "shop", "other"))).isEmpty();
        String edited = SQL + "DROP TABLE customers;\n";
        ApprovalPlan editedPlan = new ApprovalPlan(ApprovalPlan.Kind.MIGRATE, List.of("20370101000001"), edited,
                PlanDigest.of(edited), "20370101000001");
        assertThat(store.take("prod", editedPlan, DB)).isEmpty();
        assertThat(store.take("prod", planOf(prod), DB)).isPresent();
        assertThat(store.take("prod", planOf(prod), DB)).isEmpty();
        assertThatThrownBy(() -> store.sign(prod.id(), sign("alice", prod), signers)).isInstanceOf(ApprovalRefused.class)
                .extracting(e -> ((ApprovalRefused) e).check()).isEqualTo(ApprovalRefused.Check.REPLAY);
    }

    @Test
    void twoApproversMeansTwoDistinctKeys() {
        StoredPlan plan = waiting("prod", SQL, 2);
        assertThat(store.sign(plan.id(), sign("alice", plan), signers).state()).isEqualTo(StoredPlan.State.WAITING);
        assertThat(store.take("prod", planOf(plan), DB)).isEmpty();
        assertThatThrownBy(() -> store.sign(plan.id(), sign("alice", plan), signers))
                .extracting(e -> ((ApprovalRefused) e).check()).isEqualTo(ApprovalRefused.Check.APPROVERS);
        assertThatThrownBy(() -> store.sign(plan.id(), sign("mallory", plan), signers))
                .extracting(e -> ((ApprovalRefused) e).check()).isEqualTo(ApprovalRefused.Check.UNKNOWN_KEY);
        StoredPlan both = store.sign(plan.id(), sign("bob", plan), signers);
        assertThat(both.state()).isEqualTo(StoredPlan.State.APPROVED);
        assertThat(both.principals()).containsExactly("alice@example.com", "bob@example.com");
        assertThat(store.take("prod", planOf(plan), DB)).isPresent();
    }

    @Test
    void signaturesOfOtherTextOrAfterExpiryAreRefused() throws Exception {
        StoredPlan prod = waiting("prod", SQL, 1);
        StoredPlan staging = waiting("staging", SQL, 1);
        assertThatThrownBy(() -> store.sign(prod.id(), sign("alice", staging), signers))
                .extracting(e -> ((ApprovalRefused) e).check()).isEqualTo(ApprovalRefused.Check.SIGNATURE);
        String otherNamespace = new SshKeygenSigner(dir.resolve("alice"))
                .sign(prod.request().canonicalText().getBytes(StandardCharsets.UTF_8), "git");
        assertThatThrownBy(() -> store.sign(prod.id(), otherNamespace, signers))
                .extracting(e -> ((ApprovalRefused) e).check()).isEqualTo(ApprovalRefused.Check.NAMESPACE);
        assertThat(prod.request().canonicalText()).contains("namespace: " + ApprovalRequest.NAMESPACE, "target: prod");
        String late = sign("alice", prod);
        clock.advance(Duration.ofMinutes(31));
        assertThatThrownBy(() -> store.sign(prod.id(), late, signers))
                .extracting(e -> ((ApprovalRefused) e).check()).isEqualTo(ApprovalRefused.Check.EXPIRED);
        assertThat(store.get(prod.id()).orElseThrow().state()).isEqualTo(StoredPlan.State.EXPIRED);
        assertThat(waiting("prod", SQL, 1).id()).isNotEqualTo(prod.id());
    }
}
