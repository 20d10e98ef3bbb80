package dev.schemactl.engine.mariadb;

import dev.schemactl.config.DatabaseUrl;
import dev.schemactl.engine.OnlineAlter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ALTER TABLE on a big table through percona-toolkit's pt-online-schema-change: it copies the rows into an altered
 * copy in small chunks while triggers carry over concurrent writes, then swaps the tables with an atomic RENAME, so
 * writers never wait for the copy. Only for what the server itself would copy under a lock: the statement is first
 * tried with ALGORITHM=INSTANT, then NOCOPY/INPLACE with LOCK=NONE (those run as they are, they do not block
 * writers); a table below the row threshold (the server's estimate) runs as usual. On failure pt-osc drops its
 * triggers and the copy itself; the error is thrown so the changeset is not recorded.
 */
final class PtOnlineSchemaChange implements OnlineAlter {
    private static final Logger LOG = LoggerFactory.getLogger(PtOnlineSchemaChange.class);
    static final String TOOL = "pt-online-schema-change";
    private static final Pattern ALTER = Pattern.compile(
            "(?is)\\s*ALTER\\s+TABLE\\s+((?:`[^`]+`|\\w+)(?:\\.(?:`[^`]+`|\\w+))?)\\s+(.+?)\\s*;?\\s*");
    private static final Pattern NOT_FOR_PT_OSC = Pattern.compile(
            "(?is).*(\\bALGORITHM\\s*=|\\bLOCK\\s*=|\\bRENAME\\s+(TO|AS)\\b|^\\s*RENAME\\s+\\w|\\bPARTITION\\b).*");
    private static final List<String> ONLINE = List.of(", ALGORITHM=INSTANT", ", ALGORITHM=NOCOPY, LOCK=NONE",
            ", ALGORITHM=INPLACE, LOCK=NONE");

    private final DatabaseUrl url;
    private final long minRows;

    PtOnlineSchemaChange(DatabaseUrl url, long minRows) {
        this.url = url;
        this.minRows = minRows;
    }

    @Override
    public boolean run(Connection pooled, String sql) throws SQLException {
        Matcher m = ALTER.matcher(sql);
        if (!m.matches() || NOT_FOR_PT_OSC.matcher(m.group(2)).matches()) return false;
        String table = unquote(m.group(1));
        // the pool takes SQLState 0A000 (a refused ALGORITHM) for a broken connection; probe on the driver's own
        Connection c = pooled.unwrap(Connection.class);
        long rows = estimatedRows(c, table);
        if (rows < minRows) return false;
        String statement = "ALTER TABLE " + m.group(1) + " " + m.group(2);
        for (String online : ONLINE) {
            try (Statement st = c.createStatement()) {
                st.execute(statement + "\n" + online);
                LOG.info("{}: {} ran online ({}), no copy needed", table, online.substring(2), rows);
                return true;
            } catch (SQLException e) {
                if (!"0A000".equals(e.getSQLState())) throw e;
            }
        }
        java.util.Optional<String> loss = PtOscDataGuard.risk(c, table, m.group(2));
        // the guard's reads hold a metadata lock on the table until the transaction ends, and pt-osc's CREATE TRIGGER
        // would wait for it forever; the failed ALGORITHM probes above already committed anything earlier (DDL does)
        if (!c.getAutoCommit()) c.commit();
        if (loss.isPresent()) {
            throw new SQLException("not running the ALTER on " + table + " through " + TOOL + ": its row copy (INSERT IGNORE) "
                    + "would silently lose data where a plain ALTER fails: " + loss.get() + "; fix the data first, or add "
                    + "ALGORITHM=COPY to the statement to run it as a blocking copy that fails on rows that do not fit");
        }
        LOG.info("{} (about {} rows) would be copied under a lock: running the ALTER through {}", table, rows, TOOL);
        runTool(table, m.group(2));
        return true;
    }

    private void runTool(String table, String alter) throws SQLException {
        Path defaults = null;
        try {
            defaults = Files.createTempFile("schemactl-ptosc-", ".cnf",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            // credentials in an option file, not on the command line where `ps` shows them
            StringBuilder cnf = new StringBuilder("[client]\n");
            if (url.user() != null) cnf.append("user=").append(url.user()).append('\n');
            if (url.password() != null) cnf.append("password=").append(url.password()).append('\n');
            Files.writeString(defaults, cnf.toString());
            String host = url.host() == null || url.host().equals("localhost") ? "127.0.0.1" : url.host();
            String dsn = "F=" + defaults + ",h=" + host + ",P=" + (url.port() == null ? 3306 : url.port())
                    + ",D=" + url.database() + ",t=" + table + ",A=utf8mb4";
            List<String> command = List.of(TOOL, "--alter", alter.replace('\n', ' '), "--execute",
                    "--recursion-method", "none", "--alter-foreign-keys-method", "auto", "--progress", "time,2",
                    "--no-check-alter", dsn);
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getOutputStream().close();
            Deque<String> last = new ArrayDeque<>();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    if (line.isBlank()) continue;
                    LOG.info("{}: {}", TOOL, line);
                    last.addLast(line);
                    if (last.size() > 6) last.removeFirst();
                }
            }
            int exit = p.waitFor();
            if (exit != 0) {
                throw new SQLException(TOOL + " failed (exit " + exit + ") altering " + table + "; it removed its triggers "
                        + "and copy table: " + String.join(" | ", new ArrayList<>(last)));
            }
        } catch (IOException e) {
            throw new SQLException("cannot run " + TOOL + " (install percona-toolkit, e.g. apt-get install percona-toolkit): "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while " + TOOL + " altered " + table, e);
        } finally {
            if (defaults != null) {
                try {
                    Files.deleteIfExists(defaults);
                } catch (IOException ignored) {
                    // a temporary file; the next run does not need it
                }
            }
        }
    }

    private static long estimatedRows(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT TABLE_ROWS FROM information_schema.TABLES "
                + "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    private static String unquote(String name) {
        String last = name.contains(".") && !name.endsWith("`") ? name.substring(name.lastIndexOf('.') + 1)
                : name.replaceFirst("^.*\\.(?=`)", "");
        return last.replace("`", "");
    }
}
