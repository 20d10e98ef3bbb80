package dev.schemactl.policy;

import dev.schemactl.engine.DatabaseHandle;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The single-use guard and audit trail of approval tokens, in the database the plan runs on:
 * <pre>
 * schema_migrations_approvals (nonce VARCHAR(64) PRIMARY KEY, approver, plan_digest,
 *                              issued_at, used_at, outcome)   -- times as UTC ISO-8601 text
 * </pre>
 * A token is consumed by inserting its nonce (outcome "accepted"); a primary-key violation means it was used
 * already. After the run, the outcome becomes "applied" or "failed". Created on first use; portable SQL.
 */
public final class ApprovalLedger {
    public static final String TABLE = "schema_migrations_approvals";
    private static final String DEFINITION = " (nonce VARCHAR(64) NOT NULL, approver VARCHAR(255) NOT NULL, "
            + "plan_digest VARCHAR(80) NOT NULL, issued_at VARCHAR(32) NOT NULL, used_at VARCHAR(32) NOT NULL, "
            + "outcome VARCHAR(16) NOT NULL, PRIMARY KEY (nonce))";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    public enum Outcome {
        ACCEPTED, APPLIED, FAILED;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One row of the ledger. */
    public record Entry(String nonce, String approver, String planDigest, String issuedAt, String usedAt, String outcome) {
    }

    private final DatabaseHandle db;
    private final Clock clock;
    private final String table;

    public ApprovalLedger(DatabaseHandle db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.table = db.url().trackingTable() + "_approvals";
    }

    /**
     * Marks the token used (atomically: an insert keyed by its nonce).
     *
     * @throws ApprovalRefused REPLAY when the nonce was used before
     */
    public void consume(ApprovalToken token) {
        consume(token.nonce(), token.approver(), token.planDigest(), token.issuedAt(), false);
    }

    /**
     * Marks a signed approval's nonce used, with its signer principal(s) as the approver.
     *
     * @throws ApprovalRefused REPLAY when the nonce was used before
     */
    public void consume(dev.schemactl.policy.ssh.VerifiedApproval approval) {
        consume(approval.request().nonce(), approval.principals(), approval.request().planDigest(),
                approval.request().issuedAt(), true);
    }

    private void consume(String nonce, String approver, String planDigest, java.time.Instant issuedAt, boolean signed) {
        try (Connection c = db.connection()) {
            MetaTables.ensure(c, table, "CREATE TABLE " + table + DEFINITION);
            try (PreparedStatement st = c.prepareStatement("INSERT INTO " + table
                    + " (nonce, approver, plan_digest, issued_at, used_at, outcome) VALUES (?, ?, ?, ?, ?, ?)")) {
                st.setString(1, nonce);
                st.setString(2, truncate(approver, 255));
                st.setString(3, planDigest);
                st.setString(4, TIME.format(issuedAt));
                st.setString(5, TIME.format(clock.instant().truncatedTo(ChronoUnit.MILLIS)));
                st.setString(6, Outcome.ACCEPTED.id());
                st.executeUpdate();
            } catch (SQLException e) {
                if (!MetaTables.isDuplicate(e)) throw e;
                Entry used = find(c, nonce).orElse(null);
                String detail = "it was already used" + (used == null ? "" : " at " + used.usedAt() + " (outcome " + used.outcome() + ")");
                throw signed ? ApprovalRefused.signed(ApprovalRefused.Check.REPLAY, detail + "; a signed approval lets one run go ahead")
                        : new ApprovalRefused(ApprovalRefused.Check.REPLAY, detail + "; a token approves one run");
            }
        } catch (SQLException e) {
            throw db.engine().translate(e, db.url());
        }
    }

    /** Records how the run a consumed token allowed ended. */
    public void recordOutcome(String nonce, Outcome outcome) {
        try (Connection c = db.connection();
             PreparedStatement st = c.prepareStatement("UPDATE " + table + " SET outcome = ? WHERE nonce = ?")) {
            st.setString(1, outcome.id());
            st.setString(2, nonce);
            if (st.executeUpdate() != 1) {
                throw new IllegalStateException("no approval with nonce " + nonce + " in " + table);
            }
        } catch (SQLException e) {
            throw db.engine().translate(e, db.url());
        }
    }

    /** Every approval used on this database, oldest first (empty when the table does not exist). */
    public List<Entry> entries() {
        try (Connection c = db.connection()) {
            if (!MetaTables.exists(c, table)) return List.of();
            List<Entry> out = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT nonce, approver, plan_digest, issued_at, used_at, outcome FROM "
                    + table + " ORDER BY used_at, nonce");
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) out.add(entry(rs));
            }
            return out;
        } catch (SQLException e) {
            throw db.engine().translate(e, db.url());
        }
    }

    private Optional<Entry> find(Connection c, String nonce) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT nonce, approver, plan_digest, issued_at, used_at, outcome FROM "
                + table + " WHERE nonce = ?")) {
            st.setString(1, nonce);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(entry(rs)) : Optional.empty();
            }
        }
    }

    private static Entry entry(ResultSet rs) throws SQLException {
        return new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6));
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

}
