package dev.schemactl.testing;

import dev.schemactl.config.DatabaseUrl;
import dev.schemactl.engine.EngineKind;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The database's own client tools (psql, pg_dump, mysql, mariadb-dump) as an oracle independent of schemactl:
 * they load schema files and dump schemas the way users do. Tests that need them are skipped where they are
 * not installed.
 */
public final class NativeClients {
    private NativeClients() {
    }

    /** Loads a SQL file with psql (stop at the first error) or the mysql client. */
    public static void load(TestDatabase db, Path file) throws IOException, InterruptedException {
        DatabaseUrl u = db.url();
        List<String> cmd = db.engine() == EngineKind.POSTGRESQL
                ? List.of(tool("psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", u.host(), "-p", String.valueOf(u.port()),
                "-U", u.user(), "-d", u.database(), "-f", file.toString())
                : List.of(tool("mysql", "mariadb"), "-h", u.host(), "-P", String.valueOf(u.port()), "-u", u.user(), u.database(),
                "-e", "source " + file);
        run(cmd, u);
    }

    /**
     * The schema as the engine's own dump tool writes it, normalized for comparison: PostgreSQL `pg_dump
     * --schema-only` as a map from each object's header ("Type; Name; table") to its statements (comments, SET lines,
     * owners and psql meta-commands left out); MariaDB `SHOW CREATE` of every table, view, trigger and routine
     * (AUTO_INCREMENT counters left out).
     */
    public static Map<String, String> schema(TestDatabase db) throws Exception {
        return db.engine() == EngineKind.POSTGRESQL ? pgDump(db) : mariaDbShowCreate(db);
    }

    private static Map<String, String> pgDump(TestDatabase db) throws IOException, InterruptedException {
        DatabaseUrl u = db.url();
        String out = run(List.of(tool("pg_dump"), "--schema-only", "--no-owner", "--no-privileges", "-h", u.host(),
                "-p", String.valueOf(u.port()), "-U", u.user(), u.database()), u);
        Map<String, String> entries = new TreeMap<>();
        String key = null;
        StringBuilder body = new StringBuilder();
        for (String line : out.split("\n")) {
            if (line.startsWith("-- Name: ")) {
                if (key != null) entries.merge(key, body.toString().strip(), (a, b) -> a + "\n" + b);
                String[] parts = line.substring(9).split("; ");
                // objects of other schemas than public are named with their schema: two schemas may each hold a view e
                String schema = parts.length > 2 ? parts[2].replace("Schema: ", "") : "-";
                key = parts[1].replace("Type: ", "") + ": " + (schema.equals("-") || schema.equals("public") ? "" : schema + ".") + parts[0];
                body.setLength(0);
                continue;
            }
            if (line.startsWith("--") || line.startsWith("\\") || line.startsWith("SET ") || line.startsWith("SELECT pg_catalog.set_config")
                    || line.isBlank()) continue;
            body.append(line).append('\n');
        }
        if (key != null) entries.merge(key, body.toString().strip(), (a, b) -> a + "\n" + b);
        return entries;
    }

    private static Map<String, String> mariaDbShowCreate(TestDatabase db) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (var c = db.connect(); var st = c.createStatement()) {
            List<String[]> objects = new ArrayList<>();
            try (var rs = st.executeQuery("SELECT TABLE_NAME, TABLE_TYPE FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()")) {
                while (rs.next()) {
                    objects.add(new String[]{"VIEW".equals(rs.getString(2)) ? "VIEW" : "TABLE", rs.getString(1)});
                }
            }
            try (var rs = st.executeQuery("SELECT TRIGGER_NAME FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE()")) {
                while (rs.next()) objects.add(new String[]{"TRIGGER", rs.getString(1)});
            }
            try (var rs = st.executeQuery("SELECT ROUTINE_TYPE, ROUTINE_NAME FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = DATABASE()")) {
                while (rs.next()) objects.add(new String[]{rs.getString(1), rs.getString(2)});
            }
            for (String[] o : objects) {
                if (o[1].startsWith("schema_migrations")) continue;
                try (var rs = st.executeQuery("SHOW CREATE " + o[0] + " `" + o[1].replace("`", "``") + "`")) {
                    rs.next();
                    int column = o[0].equals("TABLE") || o[0].equals("VIEW") ? 2 : 3;
                    String text = rs.getString(column);
                    text = text.replaceAll(" AUTO_INCREMENT=\\d+", "").replaceAll("DEFINER=`[^`]*`@`[^`]*` ", "");
                    out.put(o[0] + ": " + o[1], text);
                }
            }
        }
        return out;
    }

    private static String tool(String... names) {
        for (String name : names) {
            for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
                if (Files.isExecutable(Path.of(dir, name))) return Path.of(dir, name).toString();
            }
        }
        Assumptions.abort(String.join("/", names) + " is not installed");
        return null;
    }

    private static String run(List<String> command, DatabaseUrl u) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(false);
        if (u.password() != null) {
            pb.environment().put("PGPASSWORD", u.password());
            pb.environment().put("MYSQL_PWD", u.password());
        }
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + new String(err, StandardCharsets.UTF_8));
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
