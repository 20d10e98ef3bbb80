package dev.schemactl.service;

import dev.schemactl.engine.DatabaseHandle;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import dev.schemactl.policy.Action;
import dev.schemactl.policy.ApprovalKey;
import dev.schemactl.policy.ApprovalLedger;
import dev.schemactl.policy.ApprovalRefused;
import dev.schemactl.policy.ApprovalTokens;
import dev.schemactl.policy.DatabaseFingerprint;
import dev.schemactl.policy.PlanDigest;
import dev.schemactl.policy.Policy;
import dev.schemactl.risk.Category;
import dev.schemactl.risk.Finding;
import dev.schemactl.risk.RiskReport;
import dev.schemactl.risk.Severity;
import dev.schemactl.testing.MutableClock;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PolicyGateTest {
    private static final String SQL = "-- apply versions/20260101000000_drop.sql changeset t:1\nDROP TABLE widgets;\n";
    private final List<TestDatabase> databases = new ArrayList<>();
    private final List<DatabaseHandle> handles = new ArrayList<>();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final ApprovalKey key = key();
    private final AtomicInteger keyLoads = new AtomicInteger();
    private final PolicyGate gate = new PolicyGate(Policy.builtinDefault(), () -> {
        keyLoads.incrementAndGet();
        return key;
    }, clock);

    @AfterEach
    void close() {
        handles.forEach(DatabaseHandle::close);
        databases.forEach(TestDatabase::close);
    }

    private static ApprovalKey key() {
        byte[] b = new byte[32];
        new SecureRandom().nextBytes(b);
        return ApprovalKey.of(b, "test");
    }

    private DatabaseHandle open(EngineKind engine) {
        TestDatabase db = TestDatabase.create(engine);
        databases.add(db);
        DatabaseHandle h = DatabaseHandle.open(db.url(), Duration.ofSeconds(10));
        handles.add(h);
        return h;
    }

    private static RiskReport report(String rule, Category category, Severity severity) {
        return RiskReport.of(List.of(Finding.of(rule, category, 1, "widgets", null, severity, List.of(), "m", null)), "none");
    }

    private String token(DatabaseHandle db, String sql) {
        return new ApprovalTokens(key, clock).mint(PlanDigest.of(sql), DatabaseFingerprint.of(db), Duration.ofMinutes(15),
                "alice", "terminal");
    }

    @ParameterizedTest
    @EnumSource(value = EngineKind.class, names = {"H2", "POSTGRESQL"})
    void allowedPlansNeedNoToken(EngineKind engine) {
        DatabaseHandle db = open(engine);
        PolicyGate.Verdict v = gate.check(RiskReport.of(List.of(), "full"), SQL, "20260101000000", db, null, null);
        assertThat(v.outcome()).isEqualTo(PolicyGate.Outcome.ALLOWED);
        assertThat(v.orThrow()).isSameAs(v);
        assertThat(v.approval()).isNull();
        assertThat(v.approveCommand()).isNull();
        assertThat(v.planDigest()).isEqualTo(PlanDigest.of(SQL));
        assertThat(keyLoads).hasValue(0);
        // a token for an allowed plan is left unused
        String token = token(db, SQL);
        PolicyGate.Verdict withToken = gate.check(report("LK-X", Category.L, Severity.LOW), SQL, "x", db, null, token);
        assertThat(withToken.outcome()).isEqualTo(PolicyGate.Outcome.ALLOWED);
        assertThat(withToken.approval()).isNull();
        assertThat(new ApprovalLedger(db, clock).entries()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = EngineKind.class, names = {"H2", "POSTGRESQL"})
    void deniedPlansCannotBeApproved(EngineKind engine) {
        DatabaseHandle db = open(engine);
        RiskReport dropSchema = report("DS-DROP-SCHEMA", Category.D, Severity.CRITICAL);
        PolicyGate.Verdict v = gate.check(dropSchema, SQL, "20260101000000", db, null, token(db, SQL));
        assertThat(v.outcome()).isEqualTo(PolicyGate.Outcome.DENIED);
        assertThat(v.decision().action()).isEqualTo(Action.DENY);
        assertThat(v.message()).startsWith("refused by policy built-in default policy: dropping a whole schema is never done");
        SchemactlException e = catchThrowableOfType(SchemactlException.class, v::orThrow);
        assertThat(e.code()).isEqualTo(ErrorCode.POLICY_REFUSED);
        assertThat(e.code().exitCode()).isEqualTo(3);
        assertThat(new ApprovalLedger(db, clock).entries()).as("the token is not consumed").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = EngineKind.class, names = {"H2", "POSTGRESQL"})
    void confirmationRequiredNamesTheApproveCommand(EngineKind engine) {
        DatabaseHandle db = open(engine);
        RiskReport drop = report("DS-DROP-TABLE", Category.D, Severity.HIGH);
        PolicyGate.Verdict v = gate.check(drop, SQL, "20260101000000", db, "staging", null);
        assertThat(v.outcome()).isEqualTo(PolicyGate.Outcome.CONFIRMATION_REQUIRED);
        assertThat(v.approveCommand()).isEqualTo("schemactl approve 20260101000000 --env staging");
        assertThat(v.refusal()).isNull();
        assertThat(v.message()).contains("destructive change").contains("run `schemactl approve 20260101000000 --env staging`")
                .contains(db.url().masked());
        SchemactlException e = catchThrowableOfType(SchemactlException.class, v::orThrow);
        assertThat(e.code()).isEqualTo(ErrorCode.CONFIRMATION);
        assertThat(e.hint()).contains("schemactl approve 20260101000000 --env staging");
        assertThat(gate.check(drop, SQL, "--rollback --steps 1", db, null, null).approveCommand())
                .isEqualTo("schemactl approve --rollback --steps 1");
    }

    @ParameterizedTest
    @EnumSource(value = EngineKind.class, names = {"H2", "POSTGRESQL", "MARIADB"})
    void aValidTokenLetsThePlanRunOnceAndTheOutcomeIsAudited(EngineKind engine) {
        DatabaseHandle db = open(engine);
        RiskReport drop = report("DS-DROP-TABLE", Category.D, Severity.HIGH);
        String token = token(db, SQL);
        PolicyGate.Verdict v = gate.check(drop, SQL, "20260101000000", db, null, token).orThrow();
        assertThat(v.outcome()).isEqualTo(PolicyGate.Outcome.ALLOWED);
        assertThat(v.approval()).isNotNull();
        assertThat(v.message()).startsWith("approved by alice (terminal) at 2026-03-01T10:00:00Z");
        assertThat(new ApprovalLedger(db, clock).entries()).singleElement()
                .satisfies(e -> assertThat(e.outcome()).isEqualTo("accepted"));
        gate.recordOutcome(db, v, true);
        assertThat(new ApprovalLedger(db, clock).entries()).singleElement().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo("applied");
            assertThat(e.nonce()).isEqualTo(v.approval().nonce());
            assertThat(e.planDigest()).isEqualTo(PlanDigest.of(SQL));
        });

        PolicyGate.Verdict replay = gate.check(drop, SQL, "20260101000000", db, null, token);
        assertThat(replay.outcome()).isEqualTo(PolicyGate.Outcome.CONFIRMATION_REQUIRED);
        assertThat(replay.refusal()).isEqualTo(ApprovalRefused.Check.REPLAY);
        assertThat(replay.message()).startsWith("approval token refused (already used)");
        assertThat(catchThrowableOfType(SchemactlException.class, replay::orThrow).code()).isEqualTo(ErrorCode.CONFIRMATION);
    }

    @ParameterizedTest
    @EnumSource(value = EngineKind.class, names = {"H2", "POSTGRESQL"})
    void refusedTokensSayWhichCheckFailedAndAreNotConsumed(EngineKind engine) {
        DatabaseHandle db = open(engine);
        RiskReport drop = report("DS-DROP-TABLE", Category.D, Severity.HIGH);
        PolicyGate.Verdict otherPlan = gate.check(drop, SQL, "x", db, null, token(db, "DROP TABLE orders;"));
        assertThat(otherPlan.outcome()).isEqualTo(PolicyGate.Outcome.CONFIRMATION_REQUIRED);
        assertThat(otherPlan.refusal()).isEqualTo(ApprovalRefused.Check.PLAN);
        String token = token(db, SQL);
        clock.advance(Duration.ofMinutes(16));
        PolicyGate.Verdict expired = gate.check(drop, SQL, "x", db, null, token);
        assertThat(expired.refusal()).isEqualTo(ApprovalRefused.Check.EXPIRED);
        assertThat(new ApprovalLedger(db, clock).entries()).isEmpty();

        String fresh = token(db, SQL);
        PolicyGate.Verdict failedRun = gate.check(drop, SQL, "x", db, null, fresh);
        assertThat(failedRun.allowed()).isTrue();
        gate.recordOutcome(db, failedRun, false);
        assertThat(new ApprovalLedger(db, clock).entries()).singleElement()
                .satisfies(e -> assertThat(e.outcome()).isEqualTo("failed"));
    }
}
