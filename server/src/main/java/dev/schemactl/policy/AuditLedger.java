package dev.schemactl.policy;

import dev.schemactl.engine.DatabaseHandle;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Every gate decision on a database, in that database, next to schema_migrations_approvals:
 * <pre>
 * schema_migrations_audit (seq BIGINT PRIMARY KEY, at, operation, target, plan_digest, findings, decision,
 *                          policy_source, policy_digest, signers, nonce, actor, outcome, detail)
 * </pre>
 * A run is recorded when the gate decides ({@link #record}, outcome "started" when it may run, "refused" when not)
 * and its end is recorded on the same row ({@link #finish}: applied / rolled_back / failed). A warning (e.g. a
 * policy looser than the project's) is a row of its own. Times are UTC ISO-8601 text; portable SQL; created on
 * first use; {@code seq} orders the rows. Writes never fail the run they describe only because the audit insert
 * raced: the seq is retried.
 */
public final class AuditLedger {
    public static final String TABLE = "schema_migrations_audit";
    private static final String DEFINITION = " (seq BIGINT NOT NULL, at VARCHAR(32) NOT NULL, "
            + "operation VARCHAR(16) NOT NULL, target VARCHAR(64), plan_digest VARCHAR(80), findings VARCHAR(2000), "
            + "decision VARCHAR(32) NOT NULL, policy_source VARCHAR(512), policy_digest VARCHAR(80), signers VARCHAR(1000), "
            + "nonce VARCHAR(64), actor VARCHAR(255), outcome VARCHAR(16) NOT NULL, detail VARCHAR(2000), PRIMARY KEY (seq))";
    private static final String COLUMNS = "seq, at, operation, target, plan_digest, findings, decision, policy_source, "
            + "policy_digest, signers, nonce, actor, outcome, detail";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    public enum Outcome {
        /** the gate let it run; {@link #finish} records how it ended */
        STARTED,
        APPLIED,
        ROLLED_BACK,
        FAILED,
        REFUSED,
        /** not a run: a warning the gate wants on record (e.g. a looser policy in force) */
        WARNING;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * What the gate decided.
     *
     * @param operation    "apply" or "rollback" (or "policy" for warnings)
     * @param target       the deployment target ("local" in local mode)
     * @param findings     rule ids of the findings, in report order
     * @param decision     allow / require_confirmation / deny, or e.g. "allow (approved)"
     * @param policySource where the policy in force came from (file path, "built-in default", server config)
     * @param signers      the approvers' principals ("alice@example.com, bob@example.com"), "unverified MCP client
     *                     &lt;name&gt;", an OS user for HMAC tokens, or null when no approval was needed
     * @param actor        who asked: the OS user for the CLI, "mcp:&lt;client name&gt;" over MCP
     * @param detail       the refusal message or warning, one line
     */
    public record Event(String operation, String target, String planDigest, List<String> findings, String decision,
                        String policySource, String policyDigest, String signers, String nonce, String actor,
                        Outcome outcome, String detail) {
        public Event {
            findings = findings == null ? List.of() : List.copyOf(findings);
        }
    }

    /** One row. */
    public record Entry(long seq, String at, String operation, String target, String planDigest, List<String> findings,
                        String decision, String policySource, String policyDigest, String signers, String nonce,
                        String actor, String outcome, String detail) {
    }

    private final DatabaseHandle db;
    private final Clock clock;
    private final String table;

    public AuditLedger(DatabaseHandle db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.table = table(db);
    }

    /** The ledger's table on that database: named after its tracking table (schema_migrations_audit by default). */
    public static String table(DatabaseHandle db) {
        return db.url().trackingTable() + "_audit";
    }

    /** Appends an event; returns its seq (for {@link #finish}). */
    public long record(Event e) {
        try (Connection c = db.connection()) {
            MetaTables.ensure(c, table, "CREATE TABLE " + table + DEFINITION);
            for (int attempt = 0; ; attempt++) {
                long seq = nextSeq(c);
                try (PreparedStatement st = c.prepareStatement("INSERT INTO " + table + " (" + COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    st.setLong(1, seq);
                    st.setString(2, TIME.format(clock.instant().truncatedTo(ChronoUnit.MILLIS)));
                    st.setString(3, cut(e.operation(), 16));
                    setOrNull(st, 4, cut(e.target(), 64));
                    setOrNull(st, 5, cut(e.planDigest(), 80));
                    setOrNull(st, 6, e.findings().isEmpty() ? null : cut(String.join(",", e.findings()), 2000));
                    st.setString(7, cut(e.decision(), 32));
                    setOrNull(st, 8, cut(e.policySource(), 512));
                    setOrNull(st, 9, cut(e.policyDigest(), 80));
                    setOrNull(st, 10, cut(e.signers(), 1000));
                    setOrNull(st, 11, cut(e.nonce(), 64));
                    setOrNull(st, 12, cut(e.actor(), 255));
                    st.setString(13, e.outcome().id());
                    setOrNull(st, 14, cut(oneLine(e.detail()), 2000));
                    st.executeUpdate();
                    return seq;
                } catch (SQLException x) {
                    if (!MetaTables.isDuplicate(x) || attempt >= 20) throw x; // a concurrent writer took this seq
                }
            }
        } catch (SQLException x) {
            throw db.engine().translate(x, db.url());
        }
    }

    /** Records how the run behind row {@code seq} ended (and, for failures, why). */
    public void finish(long seq, Outcome outcome, String detail) {
        try (Connection c = db.connection();
             PreparedStatement st = c.prepareStatement("UPDATE " + table + " SET outcome = ?, detail = ? WHERE seq = ?")) {
            st.setString(1, outcome.id());
            setOrNull(st, 2, cut(oneLine(detail), 2000));
            st.setLong(3, seq);
            st.executeUpdate();
        } catch (SQLException x) {
            throw db.engine().translate(x, db.url());
        }
    }

    /** The newest {@code limit} rows, oldest first (empty when the table does not exist). Read-only. */
    public List<Entry> entries(int limit) {
        try (Connection c = db.connection()) {
            if (!MetaTables.exists(c, table)) return List.of();
            List<Entry> out = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS + " FROM " + table + " ORDER BY seq DESC")) {
                st.setMaxRows(Math.max(1, limit));
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        String findings = rs.getString(6);
                        out.add(new Entry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                findings == null || findings.isEmpty() ? List.of() : List.of(findings.split(",")),
                                rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                                rs.getString(12), rs.getString(13), rs.getString(14)));
                    }
                }
            }
            Collections.reverse(out);
            return out;
        } catch (SQLException x) {
            throw db.engine().translate(x, db.url());
        }
    }

    private long nextSeq(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT MAX(seq) FROM " + table)) {
            rs.next();
            return rs.getLong(1) + 1;
        }
    }

    private static void setOrNull(PreparedStatement st, int i, String v) throws SQLException {
        if (v == null) st.setNull(i, Types.VARCHAR);
        else st.setString(i, v);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static String oneLine(String s) {
        return s == null ? null : s.replaceAll("\\s*\\R\\s*", " ");
    }
}
