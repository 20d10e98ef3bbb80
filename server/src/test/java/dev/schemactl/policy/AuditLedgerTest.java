package dev.schemactl.policy;

import dev.schemactl.engine.DatabaseHandle;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.testing.MutableClock;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit ledger on every engine: rows in order, outcomes updated, read back with plain SQL too. */
class AuditLedgerTest {

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void recordsDecisionsAndOutcomes(EngineKind engine) throws Exception {
        try (TestDatabase tdb = TestDatabase.create(engine);
             DatabaseHandle h = DatabaseHandle.open(tdb.url(), Duration.ofSeconds(10))) {
            MutableClock clock = new MutableClock(Instant.parse("2026-12-02T06:30:00Z"));
            AuditLedger ledger = new AuditLedger(h, clock);
            assertThat(ledger.entries(10)).isEmpty();

            long refused = ledger.record(new AuditLedger.Event("apply", "local", "sha256:aa", List.of("DS-DROP-COLUMN", "BP-LOCK-TIMEOUT"),
                    "require_confirmation", "/p/policies/default.yaml", "sha256:bb", null, null, "alice",
                    AuditLedger.Outcome.REFUSED, "confirmation required:\n DS-DROP-COLUMN"));
            clock.advance(Duration.ofSeconds(5));
            long run = ledger.record(new AuditLedger.Event("apply", "local", "sha256:aa", List.of("DS-DROP-COLUMN"),
                    "require_confirmation", "built-in default", "sha256:cc", "alice@example.com", "nonce1", "alice",
                    AuditLedger.Outcome.STARTED, null));
            ledger.finish(run, AuditLedger.Outcome.APPLIED, null);

            List<AuditLedger.Entry> rows = ledger.entries(10);
            assertThat(rows).extracting(AuditLedger.Entry::seq).containsExactly(refused, run);
            assertThat(rows.get(0).outcome()).isEqualTo("refused");
            assertThat(rows.get(0).detail()).isEqualTo("confirmation required: DS-DROP-COLUMN");
            assertThat(rows.get(0).findings()).containsExactly("DS-DROP-COLUMN", "BP-LOCK-TIMEOUT");
            assertThat(rows.get(1).outcome()).isEqualTo("applied");
            assertThat(rows.get(1).signers()).isEqualTo("alice@example.com");
            assertThat(rows.get(1).at()).isEqualTo("2026-12-02T06:30:05.000Z");
            assertThat(ledger.entries(1)).extracting(AuditLedger.Entry::seq).containsExactly(run);

            // independent read: plain SQL over JDBC
            try (Connection c = h.connection(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT outcome, signers, policy_source FROM " + AuditLedger.TABLE + " ORDER BY seq")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("refused");
                assertThat(rs.getString(2)).isNull();
                assertThat(rs.getString(3)).isEqualTo("/p/policies/default.yaml");
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("applied");
                assertThat(rs.next()).isFalse();
            }
        }
    }
}
