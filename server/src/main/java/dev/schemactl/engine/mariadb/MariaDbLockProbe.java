package dev.schemactl.engine.mariadb;

import dev.schemactl.engine.DatabaseHandle;
import dev.schemactl.engine.LockProbe;
import dev.schemactl.engine.MeasuredStatement;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MariaDB/MySQL: DDL commits on its own and its metadata locks are gone when it returns, and performance_schema is
 * off by default, so the lock an ALTER needs is learned from what the server accepts: the statement runs with
 * ALGORITHM/LOCK clauses from the least to the most blocking (INSTANT; NOCOPY or INPLACE with LOCK=NONE; with
 * LOCK=SHARED; COPY) and the first one the server accepts is the one it ran with. A rewrite is an InnoDB table id
 * that changed (the table was rebuilt into a new file).
 */
final class MariaDbLockProbe implements LockProbe {
    private static final Pattern ALTER = Pattern.compile(
            "(?is)\\s*ALTER\\s+(?:ONLINE\\s+)?(?:IGNORE\\s+)?TABLE\\s+(?:IF\\s+EXISTS\\s+)?([`\"\\w.$]+).*");
    private static final Pattern INDEX = Pattern.compile(
            "(?is)\\s*(?:CREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:UNIQUE\\s+|FULLTEXT\\s+|SPATIAL\\s+)?INDEX|DROP\\s+INDEX)\\s+.*?\\bON\\s+([`\"\\w.$]+).*");
    private static final Pattern EXPLICIT = Pattern.compile("(?is).*\\b(ALGORITHM|LOCK)\\s*=.*");
    /** From least to most blocking. */
    private static final List<String[]> PROBES = List.of(new String[]{"INSTANT", null},
            new String[]{"NOCOPY", "NONE"}, new String[]{"INPLACE", "NONE"}, new String[]{"NOCOPY", "SHARED"},
            new String[]{"INPLACE", "SHARED"}, new String[]{"COPY", "SHARED"}, new String[]{"COPY", "EXCLUSIVE"});
    private static final String TABLE_IDS = "SELECT SUBSTRING_INDEX(NAME, '/', -1), TABLE_ID FROM information_schema.INNODB_SYS_TABLES "
            + "WHERE NAME LIKE CONCAT(REPLACE(DATABASE(), '_', '\\\\_'), '/%') AND NAME NOT LIKE '%/#sql%' AND NAME NOT LIKE '%/FTS\\\\_%'";

    @Override
    public String method(DatabaseHandle db) {
        try (Connection c = db.connection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT @@performance_schema")) {
            boolean on = rs.next() && rs.getInt(1) == 1;
            return on ? "performance_schema is on, but DDL commits and drops its metadata locks before it returns; "
                    + "the lock level is the LOCK= clause the server accepted"
                    : "performance_schema is off (the default): the lock level is the ALGORITHM/LOCK clause the server accepted";
        } catch (SQLException e) {
            return "cannot read @@performance_schema: " + e.getMessage();
        }
    }

    @Override
    public MeasuredStatement run(DatabaseHandle db, int statement, String sql, boolean inTransaction) {
        Connection pooled = db.scratchConnection();
        try {
            // the pool takes SQLState 0A000 (a refused ALGORITHM) for a broken connection; probe on the driver's own
            Connection c = pooled.unwrap(Connection.class);
            Map<String, Long> before = tableIds(c);
            String text = strip(sql);
            String table = table(text);
            if (table == null || EXPLICIT.matcher(text).matches()) {
                exec(c, text);
                return measured(statement, sql, table, null, null, before, tableIds(c), null);
            }
            boolean alter = ALTER.matcher(text).matches();
            String refusal = null;
            for (String[] probe : PROBES) {
                String clause = alter ? "\n, ALGORITHM=" + probe[0] + (probe[1] == null ? "" : ", LOCK=" + probe[1])
                        : "\nALGORITHM=" + probe[0] + (probe[1] == null ? "" : " LOCK=" + probe[1]);
                try {
                    exec(c, text + clause);
                    return measured(statement, sql, table, probe[0], probe[1], before, tableIds(c),
                            refusal == null ? null : "less blocking refused: " + refusal);
                } catch (SQLException e) {
                    if (!"0A000".equals(e.getSQLState())) throw e;
                    if (refusal == null) refusal = firstLine(e);
                }
            }
            exec(c, text); // every probe refused (a form the clauses do not fit): run it as written
            return measured(statement, sql, table, null, null, before, tableIds(c), "no ALGORITHM probe accepted: " + refusal);
        } catch (SQLException e) {
            return MeasuredStatement.failed(statement, sql, firstLine(e));
        } finally {
            db.discard(pooled);
        }
    }

    private static MeasuredStatement measured(int statement, String sql, String table, String algorithm, String lock,
                                              Map<String, Long> before, Map<String, Long> after, String note) {
        List<String> rewritten = new ArrayList<>();
        before.forEach((name, id) -> {
            Long now = after.get(name);
            if (now != null && !now.equals(id)) rewritten.add(name);
        });
        List<MeasuredStatement.Lock> locks = new ArrayList<>();
        boolean existed = table != null && before.containsKey(unquote(table));
        String accepted = algorithm == null ? null : algorithm + (lock == null ? "" : ", LOCK=" + lock);
        if (algorithm != null) {
            String mode = lock == null ? "metadata only (INSTANT)" : "LOCK=" + lock;
            locks.add(new MeasuredStatement.Lock(unquote(table), "table", mode));
        }
        boolean blocks = existed && algorithm != null && lock != null && !lock.equals("NONE");
        return new MeasuredStatement(statement, sql, locks, rewritten, accepted, blocks, note, null);
    }

    private static String table(String sql) {
        Matcher m = ALTER.matcher(sql);
        if (m.matches()) return m.group(1);
        m = INDEX.matcher(sql);
        return m.matches() ? m.group(1) : null;
    }

    private static String unquote(String name) {
        String last = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : name;
        return last.replace("`", "").replace("\"", "").toLowerCase(Locale.ROOT);
    }

    private static Map<String, Long> tableIds(Connection c) throws SQLException {
        Map<String, Long> out = new TreeMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(TABLE_IDS)) {
            while (rs.next()) out.put(rs.getString(1).toLowerCase(Locale.ROOT), rs.getLong(2));
        }
        return out;
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static String strip(String sql) {
        String s = sql.strip();
        while (s.endsWith(";")) s = s.substring(0, s.length() - 1).strip();
        return s;
    }

    private static String firstLine(SQLException e) {
        return String.valueOf(e.getMessage()).lines().findFirst().orElse("");
    }
}
