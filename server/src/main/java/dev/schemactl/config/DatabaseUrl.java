package dev.schemactl.config;

import dev.schemactl.engine.EngineKind;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed database location. {@code jdbcUrl} never holds the password (it travels separately), so it
 * is safe to print; {@link #masked()} is what users see.
 *
 * @param database the database name (PostgreSQL/MariaDB), the H2 file path / mem name, or the SQLite file path
 * @param filePath for H2 file databases, the absolute path without the .mv.db suffix; for SQLite, the absolute
 *                 path of the database file; null otherwise
 * @param schemas  the PostgreSQL or H2 schemas to inspect (config {@code schemas:}); empty means {@code public}. Never the
 *                 session's search_path: a script may empty it (pg_dump does) and the inspection must not follow
 * @param trackingTable the name of schemactl's tracking table there (config {@code migrations_table:}); its lock,
 *                 audit, approvals and meta tables are named after it
 */
public record DatabaseUrl(EngineKind engine, String jdbcUrl, String user, String password, String host,
                          Integer port, String database, Path filePath, String original, List<String> schemas,
                          String trackingTable) {

    public DatabaseUrl {
        schemas = schemas == null ? List.of() : List.copyOf(schemas);
        trackingTable = trackingTable == null ? dev.schemactl.engine.OwnTables.TRACKING : trackingTable;
    }

    public DatabaseUrl(EngineKind engine, String jdbcUrl, String user, String password, String host,
                       Integer port, String database, Path filePath, String original, List<String> schemas) {
        this(engine, jdbcUrl, user, password, host, port, database, filePath, original, schemas, null);
    }

    public DatabaseUrl(EngineKind engine, String jdbcUrl, String user, String password, String host,
                       Integer port, String database, Path filePath, String original) {
        this(engine, jdbcUrl, user, password, host, port, database, filePath, original, List.of());
    }

    private static final Pattern PASSWORD_PARAM = Pattern.compile("(?i)(password=)([^&;]*)");

    /** Longer URLs are refused before any parsing: real ones are a few hundred characters. */
    public static final int MAX_LENGTH = 4096;

    public static DatabaseUrl parse(String text, Path workingDir) {
        if (text == null || text.isBlank()) {
            throw bad("the database URL is empty", text);
        }
        if (text.length() > MAX_LENGTH) {
            throw bad("the database URL is " + text.length() + " characters long; at most " + MAX_LENGTH + " are accepted", null);
        }
        String url = text.trim();
        String lower = url.toLowerCase();
        if (lower.startsWith("postgres://") || lower.startsWith("postgresql://")) {
            return fromServerUri(EngineKind.POSTGRESQL, url, "jdbc:postgresql://", 5432);
        }
        if (lower.startsWith("mysql://") || lower.startsWith("mariadb://")) {
            return fromServerUri(EngineKind.MARIADB, url, "jdbc:mariadb://", 3306);
        }
        if (lower.startsWith("h2:")) {
            return h2(url.substring(3), url, workingDir);
        }
        if (lower.startsWith("sqlite:") || lower.startsWith("sqlite3:")) {
            return sqlite(url.substring(url.indexOf(':') + 1), url, workingDir);
        }
        if (lower.startsWith("jdbc:")) {
            return fromJdbc(url, workingDir);
        }
        throw bad("unsupported database URL scheme in '" + maskText(url) + "'", url);
    }

    /** The URL as users may see it: password replaced by ****. */
    public String masked() {
        return maskText(original);
    }

    /**
     * Masks any password in a URL-ish or free text: {@code scheme://user:SECRET@} and {@code password=SECRET}.
     * Linear in the text's length (every error message passes through here, some of them huge).
     */
    public static String maskText(String text) {
        if (text == null) return null;
        return PASSWORD_PARAM.matcher(maskUserInfoPasswords(text)).replaceAll("$1****");
    }

    /** {@code x://user:secret@} → {@code x://user:****@}; each scan stops at the next '/', '@' or blank, so linear. */
    private static String maskUserInfoPasswords(String text) {
        StringBuilder out = null;
        int copied = 0;
        int from = 0;
        for (int sep = text.indexOf("://", from); sep >= 0; sep = text.indexOf("://", from)) {
            from = sep + 3;
            if (sep == 0 || !isSchemeChar(text.charAt(sep - 1))) continue;
            int i = from;
            while (i < text.length() && ":/@".indexOf(text.charAt(i)) < 0 && !Character.isWhitespace(text.charAt(i))) i++;
            if (i >= text.length() || text.charAt(i) != ':') continue;
            int secretStart = i + 1;
            int j = secretStart;
            while (j < text.length() && "@/".indexOf(text.charAt(j)) < 0 && !Character.isWhitespace(text.charAt(j))) j++;
            if (j >= text.length() || text.charAt(j) != '@') continue;
            if (out == null) out = new StringBuilder(text.length());
            out.append(text, copied, secretStart).append("****");
            copied = j;
            from = j;
        }
        if (out == null) return text;
        return out.append(text, copied, text.length()).toString();
    }

    private static boolean isSchemeChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+' || c == '.' || c == '-';
    }

    /** The same location, inspecting the given schemas (PostgreSQL, H2; ignored elsewhere). */
    public DatabaseUrl withSchemas(List<String> names) {
        return new DatabaseUrl(engine, jdbcUrl, user, password, host, port, database, filePath, original, names, trackingTable);
    }

    /** The same location with schemactl's tracking table under another name (config {@code migrations_table:}). */
    public DatabaseUrl withTrackingTable(String name) {
        return new DatabaseUrl(engine, jdbcUrl, user, password, host, port, database, filePath, original, schemas, name);
    }

    /**
     * What the inspector reads, named explicitly: PostgreSQL the configured schemas (default {@code public}),
     * MariaDB/MySQL the URL's database; H2 the configured schemas (empty list: PUBLIC); SQLite its one schema (empty list).
     */
    public List<String> inspectedSchemas() {
        return switch (engine) {
            case POSTGRESQL -> schemas.isEmpty() ? List.of("public") : schemas;
            case MARIADB -> database == null || database.isBlank() ? List.of() : List.of(database);
            case H2 -> schemas;
            default -> List.of();
        };
    }

    public boolean isH2Memory() {
        return engine == EngineKind.H2 && filePath == null;
    }

    /** The same server with another database name (PostgreSQL/MariaDB), for admin work and shadows. */
    public DatabaseUrl withDatabase(String otherDatabase) {
        if (engine == EngineKind.H2 || engine == EngineKind.SQLITE) {
            throw new IllegalStateException(engine.id() + " has no server to hold another database");
        }
        String prefix = engine == EngineKind.POSTGRESQL ? "jdbc:postgresql://" : "jdbc:mariadb://";
        String query = queryOf(jdbcUrl);
        String jdbc = prefix + host + ":" + port + "/" + (otherDatabase == null ? "" : jdbcDatabase(engine, otherDatabase)) + query;
        String scheme = engine == EngineKind.POSTGRESQL ? "postgres://" : "mysql://";
        String userInfo = user == null ? "" : user + (password == null ? "" : ":" + password) + "@";
        return new DatabaseUrl(engine, jdbc, user, password, host, port, otherDatabase, null,
                scheme + userInfo + host + ":" + port + "/" + (otherDatabase == null ? "" : otherDatabase) + query, schemas, trackingTable);
    }

    private static String queryOf(String jdbc) {
        int q = jdbc.indexOf('?');
        return q < 0 ? "" : jdbc.substring(q);
    }

    private static DatabaseUrl fromServerUri(EngineKind engine, String url, String jdbcPrefix, int defaultPort) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw bad("malformed database URL '" + maskText(url) + "': " + e.getReason(), url);
        }
        String host = uri.getHost();
        if ((host == null || host.isBlank()) && uri.getRawAuthority() != null) {
            String badPort = invalidPort(uri.getRawAuthority());
            if (badPort != null) {
                throw bad("the port '" + badPort + "' in the database URL '" + maskText(url)
                        + "' is invalid: it must be a number from 1 to 65535", url);
            }
        }
        if (host == null || host.isBlank()) {
            throw bad("the database URL '" + maskText(url) + "' names no host", url);
        }
        if (uri.getPort() == 0 || uri.getPort() > 65535) {
            throw bad("the port '" + uri.getPort() + "' in the database URL '" + maskText(url)
                    + "' is invalid: it must be a number from 1 to 65535", url);
        }
        int port = uri.getPort() < 0 ? defaultPort : uri.getPort();
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String database = decode(path.startsWith("/") ? path.substring(1) : path);
        if (database.isBlank()) {
            throw bad("the database URL '" + maskText(url) + "' names no database", url);
        }
        if (database.contains("/")) {
            throw bad("the database name '" + database + "' contains '/'", url);
        }
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : null;
        }
        Map<String, String> options = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                if (pair.isEmpty()) continue;
                String[] kv = pair.split("=", 2);
                options.put(decode(kv[0]), kv.length > 1 ? decode(kv[1]) : "");
            }
        }
        if (engine == EngineKind.POSTGRESQL && user == null) {
            user = "postgres";
        }
        if (engine == EngineKind.MARIADB && user == null) {
            user = "root";
        }
        StringBuilder query = new StringBuilder();
        options.forEach((k, v) -> {
            if (k.equalsIgnoreCase("password") || k.equalsIgnoreCase("user")) return;
            query.append(query.length() == 0 ? "?" : "&").append(k).append('=').append(v);
        });
        String jdbc = jdbcPrefix + host + ":" + port + "/" + jdbcDatabase(engine, database) + query;
        return new DatabaseUrl(engine, jdbc, user, password, host, port, database, null, url);
    }

    /** The text after the last ':' of an authority (after any user info) when it is not a valid port; else null. */
    private static String invalidPort(String authority) {
        String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
        if (hostPort.endsWith("]")) return null;
        int colon = hostPort.lastIndexOf(':');
        if (colon < 0) return null;
        String port = hostPort.substring(colon + 1);
        if (port.isEmpty()) return null;
        if (port.length() > 5 || !port.chars().allMatch(Character::isDigit)) return port.length() > 40 ? port.substring(0, 40) + "…" : port;
        int value = Integer.parseInt(port);
        return value < 1 || value > 65535 ? port : null;
    }

    /** The database name as the JDBC drivers read it: percent-encoded (both decode it), so spaces and quotes survive. */
    private static String jdbcDatabase(EngineKind engine, String database) {
        if (engine != EngineKind.POSTGRESQL || database == null) return database;
        StringBuilder out = new StringBuilder();
        for (byte b : database.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.') {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    private static DatabaseUrl h2(String rest, String original, Path workingDir) {
        String spec = rest.startsWith("//") ? rest.substring(2) : rest;
        if (spec.isBlank()) {
            throw bad("the H2 URL '" + original + "' names no database", original);
        }
        String options = "";
        int semi = spec.indexOf(';');
        if (semi >= 0) {
            options = spec.substring(semi);
            spec = spec.substring(0, semi);
        }
        if (spec.startsWith("mem:")) {
            String name = spec.substring(4);
            if (!name.matches("[A-Za-z0-9_\\-]+")) {
                throw bad("the H2 memory database name '" + name + "' must be letters, digits, '_' or '-'", original);
            }
            return new DatabaseUrl(EngineKind.H2, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1" + options,
                    "sa", null, null, null, name, null, original);
        }
        if (spec.startsWith("file:")) {
            spec = spec.substring(5);
        }
        Path path = workingDir.resolve(spec).toAbsolutePath().normalize();
        String jdbc = "jdbc:h2:file:" + path + options;
        return new DatabaseUrl(EngineKind.H2, jdbc, "sa", null, null, null, path.toString(), path, original);
    }

    /**
     * {@code sqlite:./app.db}, {@code sqlite:///abs/app.db}, {@code sqlite3:...}, {@code jdbc:sqlite:path[?options]}:
     * a file relative to the working directory. No user or password. In-memory databases are refused: every
     * pooled connection would open its own empty one.
     */
    private static DatabaseUrl sqlite(String rest, String original, Path workingDir) {
        String spec = rest;
        String query = "";
        int q = spec.indexOf('?');
        if (q >= 0) {
            query = spec.substring(q);
            spec = spec.substring(0, q);
        }
        if (spec.startsWith("file:")) spec = spec.substring(5);
        if (spec.startsWith("//")) spec = spec.substring(2);
        if (spec.isBlank()) {
            throw bad("the SQLite URL '" + maskText(original) + "' names no file", original);
        }
        if (spec.startsWith(":memory:") || query.toLowerCase().contains("mode=memory")) {
            throw new SchemactlException(ErrorCode.BAD_URL, "SQLite in-memory databases are not supported ('" + maskText(original)
                    + "'): each connection would see its own empty database", "use a file, e.g. sqlite:./dev.db");
        }
        Path path = workingDir.resolve(spec).toAbsolutePath().normalize();
        return new DatabaseUrl(EngineKind.SQLITE, "jdbc:sqlite:" + path + query, null, null, null, null,
                path.toString(), path, original);
    }

    private static DatabaseUrl fromJdbc(String url, Path workingDir) {
        String lower = url.toLowerCase();
        if (lower.startsWith("jdbc:h2:")) {
            String rest = url.substring("jdbc:h2:".length());
            return h2(rest, url, workingDir);
        }
        if (lower.startsWith("jdbc:sqlite:")) {
            return sqlite(url.substring("jdbc:sqlite:".length()), url, workingDir);
        }
        EngineKind engine;
        String normalized;
        if (lower.startsWith("jdbc:postgresql:")) {
            engine = EngineKind.POSTGRESQL;
            normalized = url;
        } else if (lower.startsWith("jdbc:mariadb:") || lower.startsWith("jdbc:mysql:")) {
            engine = EngineKind.MARIADB;
            normalized = "jdbc:mariadb:" + url.substring(url.indexOf(':', 5) + 1);
        } else {
            throw bad("unsupported JDBC URL '" + maskText(url) + "'", url);
        }
        Matcher m = Pattern.compile("^jdbc:[a-z]+://([^/:?]+)(?::(\\d+))?/([^?;]*)(.*)$", Pattern.CASE_INSENSITIVE)
                .matcher(normalized);
        if (!m.matches()) {
            throw bad("malformed JDBC URL '" + maskText(url) + "'", url);
        }
        String host = m.group(1);
        int port = m.group(2) != null ? Integer.parseInt(m.group(2)) : (engine == EngineKind.POSTGRESQL ? 5432 : 3306);
        String database = m.group(3);
        String query = m.group(4);
        String user = param(query, "user");
        String password = param(query, "password");
        String cleaned = query.replaceAll("(?i)[?&]password=[^&]*", "").replaceAll("(?i)[?&]user=[^&]*", "");
        if (!cleaned.isEmpty() && !cleaned.startsWith("?")) cleaned = "?" + cleaned.substring(1);
        String prefix = engine == EngineKind.POSTGRESQL ? "jdbc:postgresql://" : "jdbc:mariadb://";
        if (user == null) user = engine == EngineKind.POSTGRESQL ? "postgres" : "root";
        return new DatabaseUrl(engine, prefix + host + ":" + port + "/" + database + cleaned, user, password,
                host, port, database, null, url);
    }

    private static String param(String query, String name) {
        Matcher m = Pattern.compile("(?i)[?&]" + name + "=([^&]*)").matcher(query);
        return m.find() ? decode(m.group(1)) : null;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static SchemactlException bad(String message, String url) {
        return new SchemactlException(ErrorCode.BAD_URL, message,
                "use postgres://user:pass@host:5432/db, mysql://user:pass@host:3306/db, mariadb://..., "
                        + "h2:./path, h2:mem:name, sqlite:./path or a jdbc: URL");
    }

    @Override
    public String toString() {
        return masked();
    }
}
