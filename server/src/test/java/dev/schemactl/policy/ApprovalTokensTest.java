package dev.schemactl.policy;

import dev.schemactl.engine.DatabaseHandle;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.testing.MutableClock;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Minting and verifying approval tokens, and their single use, against real databases. */
class ApprovalTokensTest {
    private static final Duration EXPIRY = Duration.ofMinutes(15);
    private static final String SQL = "-- apply versions/20260101000000_drop_widgets.sql changeset t:1\nDROP TABLE widgets;\n";
    private final List<TestDatabase> databases = new ArrayList<>();
    private final List<DatabaseHandle> handles = new ArrayList<>();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final ApprovalKey key = randomKey("test key");

    @AfterEach
    void close() {
        handles.forEach(DatabaseHandle::close);
        databases.forEach(TestDatabase::close);
    }

    static ApprovalKey randomKey(String source) {
        byte[] b = new byte[32];
        new SecureRandom().nextBytes(b);
        return ApprovalKey.of(b, source);
    }

    private DatabaseHandle open(EngineKind engine) {
        TestDatabase db = TestDatabase.create(engine);
        databases.add(db);
        DatabaseHandle h = DatabaseHandle.open(db.url(), Duration.ofSeconds(10));
        handles.add(h);
        return h;
    }

    private String mint(DatabaseFingerprint db) {
        return new ApprovalTokens(key, clock).mint(PlanDigest.of(SQL), db, EXPIRY, "alice", "terminal");
    }

    private ApprovalRefused refused(String token, String sql, DatabaseFingerprint db) {
        ApprovalRefused e = catchThrowableOfType(ApprovalRefused.class,
                () -> new ApprovalTokens(key, clock).verify(token, PlanDigest.of(sql), db));
        assertThat(e).as("token should be refused").isNotNull();
        assertThat(e.code()).isEqualTo(ErrorCode.CONFIRMATION);
        return e;
    }

    @ParameterizedTest
    @EnumSource(value = EngineKind.class, names = {"H2", "POSTGRESQL"})
    void aValidTokenVerifies(EngineKind engine) {
        DatabaseHandle h = open(engine);
        DatabaseFingerprint fp = DatabaseFingerprint.of(h);
        String token = mint(fp);
        assertThat(token).startsWith("sc1.").matches("sc1\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
        clock.advance(EXPIRY.minusSeconds(1));
        ApprovalToken t = new ApprovalTokens(key, clock).verify(token, PlanDigest.of(SQL), fp);
        assertThat(t.planDigest()).isEqualTo(PlanDigest.of(SQL)).startsWith("sha256:").hasSize(7 + 64);
        assertThat(t.database()).isEqualTo(fp);
        assertThat(t.approver()).isEqualTo("alice");
        assertThat(t.issuedAt()).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
        assertThat(t.expiresAt()).isEqualTo(Instant.parse("2026-03-01T10:15:00Z"));
        assertThat(t.nonce()).hasSize(22);
        assertThat(mint(fp)).isNotEqualTo(token); // a fresh nonce every time
    }

    @ParameterizedTest
    @EnumSource(value = EngineKind.class, names = {"H2", "POSTGRESQL"})
    void forgedSignatureIsRefused(EngineKind engine) {
        DatabaseFingerprint fp = DatabaseFingerprint.of(open(engine));
        String forged = new ApprovalTokens(randomKey("attacker"), clock).mint(PlanDigest.of(SQL), fp, EXPIRY, "alice", "terminal");
        ApprovalRefused e = refused(forged, SQL, fp);
        assertThat(e.check()).isEqualTo(ApprovalRefused.Check.SIGNATURE);
        assertThat(e.getMessage()).isEqualTo("approval token refused (bad signature): its signature does not match its "
                + "payload: the payload was altered or it was signed with another key");
    }

    @ParameterizedTest
    @EnumSource(value = EngineKind.class, names = {"H2", "POSTGRESQL"})
    void alteredPayloadIsRefused(EngineKind engine) {
        DatabaseFingerprint fp = DatabaseFingerprint.of(open(engine));
        String token = mint(fp);
        String[] parts = token.split("\\.");
        String json = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertThat(json).contains("\"expires_at\":\"2026-03-01T10:15:00Z\"");
        String edited = json.replace("2026-03-01T10:15:00Z", "2027-03-01T10:15:00Z");
        String tampered = "sc1." + Base64.getUrlEncoder().withoutPadding().encodeToString(edited.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
        ApprovalRefused e = refused(tampered, SQL, fp);
        assertThat(e.check()).isEqualTo(ApprovalRefused.Check.SIGNATURE);
        assertThat(e.getMessage()).startsWith("approval token refused (bad signature)");
        // the edit is visible when decoded without checking: it would have worked but for the signature
        assertThat(ApprovalToken.decode(tampered).expiresAt()).isEqualTo(Instant.parse("2027-03-01T10:15:00Z"));
    }

    @Test
    void malformedTokensAreToldApartFromBadSignatures() {
        DatabaseFingerprint fp = new DatabaseFingerprint("h2", null, "/tmp/x", "id");
        for (String bad : new String[]{"", "hello", "sc1.", "sc1.abc", "sc1.abc.def.ghi", "sc1.@@@.###", "sc2.abc.def"}) {
            ApprovalRefused e = refused(bad, SQL, fp);
            assertThat(e.check()).as(bad).isEqualTo(ApprovalRefused.Check.MALFORMED);
            assertThat(e.getMessage()).as(bad).startsWith("approval token refused (malformed token): ");
        }
        // well-formed base64 with a signature over non-JSON: signature first, so "bad signature"
        String notJson = "sc1." + Base64.getUrlEncoder().withoutPadding().encodeToString("nope".getBytes(StandardCharsets.UTF_8))
                + ".AAAA";
        assertThat(refused(notJson, SQL, fp).check()).isEqualTo(ApprovalRefused.Check.SIGNATURE);
    }

    @ParameterizedTest
    @EnumSource(value = EngineKind.class, names = {"H2", "POSTGRESQL"})
    void expiredTokenIsRefused(EngineKind engine) {
        DatabaseFingerprint fp = DatabaseFingerprint.of(open(engine));
        String token = mint(fp);
        clock.advance(EXPIRY);
        ApprovalRefused e = refused(token, SQL, fp);
        assertThat(e.check()).isEqualTo(ApprovalRefused.Check.EXPIRED);
        assertThat(e.getMessage()).isEqualTo("approval token refused (expired): it expired at 2026-03-01T10:15:00Z "
                + "(approved by alice at 2026-03-01T10:00:00Z)");
    }

    @ParameterizedTest
    @EnumSource(value = EngineKind.class, names = {"H2", "POSTGRESQL"})
    void tokenForAnotherPlanIsRefused(EngineKind engine) {
        DatabaseFingerprint fp = DatabaseFingerprint.of(open(engine));
        String token = mint(fp);
        String other = SQL.replace("widgets", "orders");
        ApprovalRefused e = refused(token, other, fp);
        assertThat(e.check()).isEqualTo(ApprovalRefused.Check.PLAN);
        assertThat(e.getMessage()).startsWith("approval token refused (another plan): it approves "
                + PlanDigest.of(SQL).substring(0, 19) + "…, but the plan about to run is " + PlanDigest.of(other).substring(0, 19));
        // one changed byte is another plan
        assertThat(refused(token, SQL + " ", fp).check()).isEqualTo(ApprovalRefused.Check.PLAN);
    }

    @ParameterizedTest
    @EnumSource(value = EngineKind.class, names = {"H2", "POSTGRESQL"})
    void tokenForAnotherDatabaseIsRefused(EngineKind engine) {
        DatabaseFingerprint first = DatabaseFingerprint.of(open(engine));
        DatabaseFingerprint second = DatabaseFingerprint.of(open(engine));
        assertThat(second.installId()).isNotEqualTo(first.installId());
        String token = mint(first);
        ApprovalRefused e = refused(token, SQL, second);
        assertThat(e.check()).isEqualTo(ApprovalRefused.Check.DATABASE);
        assertThat(e.getMessage()).startsWith("approval token refused (another database): it was issued for "
                + first.describe() + ", but this is " + second.describe());
        // a restored copy (same install id, other name) is another database too
        DatabaseFingerprint copy = new DatabaseFingerprint(first.engine(), first.host(), first.database() + "_copy", first.installId());
        assertThat(refused(token, SQL, copy).check()).isEqualTo(ApprovalRefused.Check.DATABASE);
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void installIdIsCreatedOnceAndKept(EngineKind engine) throws Exception {
        DatabaseHandle h = open(engine);
        String id = InstallId.of(h);
        assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(InstallId.of(h)).isEqualTo(id);
        assertThat(DatabaseFingerprint.of(h).installId()).isEqualTo(id);
        try (Connection c = h.connection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT meta_key, meta_value FROM schema_migrations_meta")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("install_id");
            assertThat(rs.getString(2)).isEqualTo(id);
            assertThat(rs.next()).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void aValidTokenIsAcceptedExactlyOnceAndAudited(EngineKind engine) throws Exception {
        DatabaseHandle h = open(engine);
        DatabaseFingerprint fp = DatabaseFingerprint.of(h);
        String token = mint(fp);
        ApprovalTokens tokens = new ApprovalTokens(key, clock);
        ApprovalLedger ledger = new ApprovalLedger(h, clock);
        assertThat(ledger.entries()).isEmpty();

        clock.advance(Duration.ofMinutes(2));
        ApprovalToken accepted = tokens.verify(token, PlanDigest.of(SQL), fp);
        ledger.consume(accepted);
        assertThat(ledger.entries()).singleElement().satisfies(e -> {
            assertThat(e.nonce()).isEqualTo(accepted.nonce());
            assertThat(e.approver()).isEqualTo("alice");
            assertThat(e.planDigest()).isEqualTo(PlanDigest.of(SQL));
            assertThat(e.issuedAt()).isEqualTo("2026-03-01T10:00:00.000Z");
            assertThat(e.usedAt()).isEqualTo("2026-03-01T10:02:00.000Z");
            assertThat(e.outcome()).isEqualTo("accepted");
        });
        ledger.recordOutcome(accepted.nonce(), ApprovalLedger.Outcome.APPLIED);

        // replay: the signature, expiry, plan and database still check out; the nonce does not
        ApprovalToken again = tokens.verify(token, PlanDigest.of(SQL), fp);
        ApprovalRefused e = catchThrowableOfType(ApprovalRefused.class, () -> ledger.consume(again));
        assertThat(e).isNotNull();
        assertThat(e.check()).isEqualTo(ApprovalRefused.Check.REPLAY);
        assertThat(e.getMessage()).isEqualTo("approval token refused (already used): it was already used at "
                + "2026-03-01T10:02:00.000Z (outcome applied); a token approves one run");

        try (Connection c = h.connection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT nonce, approver, plan_digest, issued_at, used_at, outcome "
                     + "FROM schema_migrations_approvals")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("nonce")).isEqualTo(accepted.nonce());
            assertThat(rs.getString("outcome")).isEqualTo("applied");
            assertThat(rs.next()).as("exactly one row").isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void concurrentUsesOfOneTokenLetExactlyOneThrough(EngineKind engine) throws Exception {
        DatabaseHandle h = open(engine);
        DatabaseFingerprint fp = DatabaseFingerprint.of(h);
        ApprovalToken t = new ApprovalTokens(key, clock).verify(mint(fp), PlanDigest.of(SQL), fp);
        new ApprovalLedger(h, clock).entries(); // table may not exist yet: consume creates it
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Callable<Boolean> use = () -> {
                    try {
                        new ApprovalLedger(h, clock).consume(t);
                        return true;
                    } catch (ApprovalRefused e) {
                        assertThat(e.check()).isEqualTo(ApprovalRefused.Check.REPLAY);
                        return false;
                    }
                };
                results.add(pool.submit(use));
            }
            int through = 0;
            for (Future<Boolean> f : results) if (f.get()) through++;
            assertThat(through).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        new ApprovalLedger(h, clock).recordOutcome(t.nonce(), ApprovalLedger.Outcome.FAILED);
        assertThat(new ApprovalLedger(h, clock).entries()).singleElement()
                .satisfies(e -> assertThat(e.outcome()).isEqualTo("failed"));
    }
}
