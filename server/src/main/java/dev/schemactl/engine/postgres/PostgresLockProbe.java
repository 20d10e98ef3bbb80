package dev.schemactl.engine.postgres;

import dev.schemactl.engine.DatabaseHandle;
import dev.schemactl.engine.LockProbe;
import dev.schemactl.engine.MeasuredStatement;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * PostgreSQL: runs the statement in a transaction, reads the relation locks its session holds from pg_locks right
 * after it (before COMMIT), and compares each table's relfilenode before and after (a new one means the table was
 * rewritten). Statements that cannot run in a transaction (CONCURRENTLY) run on their own while a second session
 * holds an older snapshot, which makes them wait before they finish; that session reads their locks meanwhile.
 */
final class PostgresLockProbe implements LockProbe {
    private static final Pattern OUTSIDE_TX = Pattern.compile(
            "(?is)(.*\\bCONCURRENTLY\\b.*|\\s*VACUUM\\b.*|\\s*(CREATE|DROP)\\s+DATABASE\\b.*|\\s*ALTER\\s+SYSTEM\\b.*)");
    /** Modes that conflict with ROW EXCLUSIVE: writers wait while they are held. */
    private static final Set<String> BLOCK_WRITES = Set.of("ShareLock", "ShareRowExclusiveLock", "ExclusiveLock",
            "AccessExclusiveLock");
    private static final String USER_RELATION = "n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'";
    private static final String TABLES = "SELECT c.oid, c.relname, c.relfilenode FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            + "WHERE c.relkind IN ('r', 'p', 'm') AND " + USER_RELATION;
    private static final String LOCKS = "SELECT l.relation, c.relname, c.relkind, l.mode, l.granted FROM pg_locks l "
            + "JOIN pg_class c ON c.oid = l.relation JOIN pg_namespace n ON n.oid = c.relnamespace "
            + "WHERE l.pid = ? AND l.locktype = 'relation' AND " + USER_RELATION + " ORDER BY c.relname, l.mode";
    private static final long OBSERVE_TIMEOUT_MS = 30_000;

    @Override
    public MeasuredStatement run(DatabaseHandle db, int statement, String sql, boolean inTransaction) {
        boolean outside = OUTSIDE_TX.matcher(sql).matches();
        Connection pooled = db.scratchConnection();
        try {
            // session state changes on the driver's own connection; the pool drops it afterwards
            Connection c = pooled.unwrap(Connection.class);
            Map<Long, Table> before = tables(c);
            return outside ? runOutside(db, c, statement, sql, before) : runInside(c, statement, sql, before);
        } catch (SQLException e) {
            return MeasuredStatement.failed(statement, sql, firstLine(e));
        } finally {
            db.discard(pooled);
        }
    }

    private MeasuredStatement runInside(Connection c, int statement, String sql, Map<Long, Table> before) throws SQLException {
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            st.execute(sql);
            List<Held> held = locks(c, pid(c));
            c.commit();
            return measured(statement, sql, held, before, tables(c), null);
        } catch (SQLException e) {
            c.rollback();
            return MeasuredStatement.failed(statement, sql, firstLine(e));
        }
    }

    private MeasuredStatement runOutside(DatabaseHandle db, Connection c, int statement, String sql,
                                         Map<Long, Table> before) throws SQLException {
        c.setAutoCommit(true);
        int pid = pid(c);
        Connection pooledHolder = db.scratchConnection();
        Set<Held> seen = new LinkedHashSet<>();
        boolean sawWait = false;
        try {
            Connection holder = pooledHolder.unwrap(Connection.class);
            holder.setAutoCommit(false);
            holder.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try (Statement st = holder.createStatement()) {
                st.execute("SELECT 1"); // takes the snapshot the statement will wait for
            }
            CompletableFuture<SQLException> run = CompletableFuture.supplyAsync(() -> {
                try (Statement st = c.createStatement()) {
                    st.execute(sql);
                    return null;
                } catch (SQLException e) {
                    return e;
                }
            });
            long deadline = System.currentTimeMillis() + OBSERVE_TIMEOUT_MS;
            while (!run.isDone() && System.currentTimeMillis() < deadline) {
                List<Held> now = locks(holder, pid);
                now.stream().filter(Held::granted).forEach(seen::add);
                if (now.stream().anyMatch(h -> !h.granted()) || waitingForUs(holder, pid)) {
                    // the read above may have come before it took its locks (a loaded machine ran it from start to the
                    // wait between the two queries); now it waits for our snapshot and holds them: read them again
                    locks(holder, pid).stream().filter(Held::granted).forEach(seen::add);
                    sawWait = true;
                    holder.commit(); // let it finish
                    break;
                }
                sleep();
            }
            holder.commit();
            SQLException failure = run.get(OBSERVE_TIMEOUT_MS, TimeUnit.MILLISECONDS);
            if (failure != null) return MeasuredStatement.failed(statement, sql, firstLine(failure));
        } catch (Exception e) {
            if (e instanceof InterruptedException) Thread.currentThread().interrupt();
            return MeasuredStatement.failed(statement, sql, "could not observe it: " + e.getMessage());
        } finally {
            db.discard(pooledHolder);
        }
        String note = sawWait ? "cannot run in a transaction: locks observed from a second session while it waited for an older snapshot"
                : "cannot run in a transaction: it finished before a second session could observe its locks";
        return measured(statement, sql, new ArrayList<>(seen), before, tables(c), note);
    }

    /** True when {@code pid} waits for a lock (a virtualxid of our snapshot, not a relation). */
    private static boolean waitingForUs(Connection observer, int pid) throws SQLException {
        try (PreparedStatement ps = observer.prepareStatement("SELECT 1 FROM pg_locks WHERE pid = ? AND NOT granted")) {
            ps.setInt(1, pid);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static MeasuredStatement measured(int statement, String sql, List<Held> held, Map<Long, Table> before,
                                              Map<Long, Table> after, String note) {
        List<MeasuredStatement.Lock> locks = new ArrayList<>();
        boolean blocks = false;
        for (Held h : held) {
            locks.add(new MeasuredStatement.Lock(h.name(), kind(h.relkind()), h.mode()));
            if (before.containsKey(h.oid()) && BLOCK_WRITES.contains(h.mode())) blocks = true;
        }
        List<String> rewritten = new ArrayList<>();
        before.forEach((oid, t) -> {
            Table now = after.get(oid);
            if (now != null && now.relfilenode() != t.relfilenode()) rewritten.add(now.name());
        });
        return new MeasuredStatement(statement, sql, locks, rewritten.stream().sorted().toList(), null, blocks, note, null);
    }

    private static String kind(String relkind) {
        return switch (relkind) {
            case "r", "p" -> "table";
            case "i", "I" -> "index";
            case "S" -> "sequence";
            case "v" -> "view";
            case "m" -> "materialized view";
            default -> "relation";
        };
    }

    private record Table(String name, long relfilenode) {
    }

    private record Held(long oid, String name, String relkind, String mode, boolean granted) {
    }

    private static Map<Long, Table> tables(Connection c) throws SQLException {
        Map<Long, Table> out = new TreeMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(TABLES)) {
            while (rs.next()) out.put(rs.getLong(1), new Table(rs.getString(2), rs.getLong(3)));
        }
        if (!c.getAutoCommit()) c.commit();
        return out;
    }

    private static List<Held> locks(Connection c, int pid) throws SQLException {
        List<Held> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(LOCKS)) {
            ps.setInt(1, pid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Held(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5)));
                }
            }
        }
        return out;
    }

    private static int pid(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String firstLine(Exception e) {
        return String.valueOf(e.getMessage()).lines().findFirst().orElse("");
    }
}
