package dev.schemactl.engine.postgres;

import dev.schemactl.config.DatabaseUrl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An oracle for a PostgreSQL schema that owes nothing to schemactl's inspector: {@code pg_dump --schema-only}
 * of the database, normalized so that two databases with the same behaviour compare equal. The only
 * normalizations: comments, SET lines and blank lines are dropped (the table access method pg_dump sets before a table
 * is written into its CREATE TABLE as {@code USING am} unless it is heap); the statements are sorted (pg_dump's order
 * can follow creation order where dependencies tie); and the lines inside a CREATE TABLE are sorted, because
 * PostgreSQL cannot reorder columns (a column added by a migration comes last, one loaded from a file where it
 * was written). Everything else — types with their typmods, identity and sequence options, defaults, collations,
 * constraint and index definitions with their names, enum types with their value order, comments — is compared
 * as pg_dump prints it.
 */
public final class PostgresCatalogOracle {
    private PostgresCatalogOracle() {
    }

    public static List<String> dump(DatabaseUrl url) {
        return dump(url, List.of());
    }

    /** The dump of the named schemas (exact names, as in config {@code schemas:}); none means public. */
    public static List<String> dump(DatabaseUrl url, List<String> schemas) {
        return normalize(rawDump(url, schemas));
    }

    /**
     * pg_dump's text as it prints it, with nothing dropped ({@link #normalize} drops pg_dump's own comment lines, SET
     * lines and blank lines).
     */
    public static String raw(DatabaseUrl url) {
        return rawDump(url, List.of());
    }

    /**
     * {@link #dump(DatabaseUrl, List)} of a database that holds exactly what {@code sources} made, run in this order on
     * an empty database (a corpus pair's a.sql then data.sql, or its b.sql). The three PostgreSQL corpus tests load the
     * same files; pg_dump's text of them is the same in every database, so it is taken once and kept in
     * target/pg-dump-cache under a hash of the sources, the schemas and the server's version (the raw text: a change
     * to {@link #normalize} applies to it too).
     */
    public static List<String> dumpOfLoaded(DatabaseUrl url, List<String> schemas, String... sources) {
        String key = key(url, schemas, sources);
        Path cached = CACHE.resolve(key + ".sql");
        try {
            if (Files.exists(cached)) return normalize(Files.readString(cached));
            String raw = rawDump(url, schemas);
            Files.createDirectories(CACHE);
            Path partial = Files.createTempFile(CACHE, key, ".part");
            Files.writeString(partial, raw);
            Files.move(partial, cached, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return normalize(raw);
        } catch (IOException e) {
            throw new IllegalStateException("pg_dump cache " + cached + ": " + e.getMessage(), e);
        }
    }

    private static final Path CACHE = Path.of("target", "pg-dump-cache");
    private static final java.util.Map<String, String> SERVER_VERSIONS = new java.util.concurrent.ConcurrentHashMap<>();

    private static String key(DatabaseUrl url, List<String> schemas, String... sources) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String server = url.host() + ":" + url.port();
            digest.update(SERVER_VERSIONS.computeIfAbsent(server, s -> serverVersion(url)).getBytes(StandardCharsets.UTF_8));
            for (String schema : schemas) digest.update(("\0schema " + schema).getBytes(StandardCharsets.UTF_8));
            for (String source : sources) digest.update(("\0source " + (source == null ? "" : source)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String serverVersion(DatabaseUrl url) {
        try (Connection c = DriverManager.getConnection(url.jdbcUrl(), url.user(), url.password());
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT version()")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the server's version: " + e.getMessage(), e);
        }
    }

    private static String rawDump(DatabaseUrl url, List<String> schemas) {
        List<String> command = new ArrayList<>(List.of("pg_dump", "--schema-only", "--no-owner", "--no-privileges"));
        for (String schema : schemas.isEmpty() ? List.of("public") : schemas) {
            command.add("--schema=\"" + schema.replace("\"", "\"\"") + "\"");
        }
        command.addAll(List.of("-h", url.host(), "-p", String.valueOf(url.port() == null ? 5432 : url.port()), "-U", url.user(), "-d", url.database()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(false);
        if (url.password() != null && !url.password().isEmpty()) pb.environment().put("PGPASSWORD", url.password());
        try {
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("pg_dump failed: " + err.strip());
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run pg_dump: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static List<String> normalize(String dump) {
        StringBuilder kept = new StringBuilder();
        for (String line : dump.split("\n")) {
            if (PG_DUMP_COMMENT.matcher(line).matches() || line.startsWith("SET ") && !line.startsWith(SET_TABLE_AM) || line.startsWith("SELECT pg_catalog.set_config")
                    || line.isBlank() || line.startsWith("\\")) continue;
            kept.append(line).append('\n');
        }
        List<String> statements = new ArrayList<>();
        String tableAm = "heap";
        for (String statement : kept.toString().split(";\n")) {
            String s = statement.strip();
            if (s.isEmpty()) continue;
            if (s.startsWith(SET_TABLE_AM)) {
                // pg_dump sets it only when the next table's differs from the last one's (partitioned tables have none)
                tableAm = s.substring(SET_TABLE_AM.length()).replace(";", "").strip();
                continue;
            }
            if (!tableAm.equals("heap") && PLAIN_TABLE.matcher(s).lookingAt() && !s.contains("\nPARTITION BY ")) {
                s = s.replaceFirst(" \\(\n", " USING " + java.util.regex.Matcher.quoteReplacement(tableAm) + " (\n");
            }
            statements.add(CREATE_TABLE.matcher(s).lookingAt() ? sortedTableBody(s) : s);
        }
        statements.sort(null);
        return statements;
    }

    /**
     * The comment lines pg_dump writes itself ("--", "-- Name: ...; Type: ...", its header and footer): a line of a
     * function body that begins with "--" is the function's text and is compared.
     */
    private static final Pattern PG_DUMP_COMMENT = Pattern.compile(
            "--|-- (?:Name|Data for Name|TOC entry|Dependencies): .*|-- PostgreSQL database dump.*|-- Dumped (?:from|by) .*");

    private static final String SET_TABLE_AM = "SET default_table_access_method = ";

    /** The tables of a table access method: plain and UNLOGGED ones. */
    private static final Pattern PLAIN_TABLE = Pattern.compile("CREATE (?:UNLOGGED )?TABLE ");

    /** Every table kind pg_dump writes with a column list: plain, UNLOGGED, TEMPORARY, FOREIGN. */
    private static final Pattern CREATE_TABLE =
            Pattern.compile("CREATE (?:UNLOGGED |TEMPORARY |FOREIGN )?TABLE ");

    /** CREATE TABLE x (\n  a ...,\n  b ...\n) → the same with the body lines sorted (trailing commas dropped). */
    private static String sortedTableBody(String createTable) {
        int open = createTable.indexOf("(\n");
        int close = createTable.lastIndexOf("\n)");
        if (open < 0 || close < open + 2) return createTable; // no columns: CREATE TABLE t (\n) stays as it is
        List<String> lines = new ArrayList<>();
        for (String line : createTable.substring(open + 2, close).split("\n")) {
            String l = line.strip();
            if (l.endsWith(",")) l = l.substring(0, l.length() - 1);
            if (!l.isEmpty()) lines.add(l);
        }
        lines.sort(null);
        return createTable.substring(0, open + 1) + "\n    " + String.join(",\n    ", lines) + sortedStorage(createTable.substring(close));
    }

    /** The {@code WITH (...)} storage parameters after the column list are in the order they were last set: sorted. */
    private static final Pattern STORAGE = Pattern.compile("\\nWITH \\(([^)]*)\\)");

    private static String sortedStorage(String tail) {
        Matcher m = STORAGE.matcher(tail);
        if (!m.find()) return tail;
        List<String> options = new ArrayList<>(List.of(m.group(1).split(", ")));
        options.sort(null);
        return tail.substring(0, m.start(1)) + String.join(", ", options) + tail.substring(m.end(1));
    }
}
