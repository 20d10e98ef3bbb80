package dev.schemactl.source;

import dev.schemactl.engine.EngineKind;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.dialect.PostgreSQLDialect;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Hibernate dialect (with an explicit server version) that stands for an engine. SQLite has none in
 * hibernate-core: {@link SqliteStandInDialect} stands in (the SQLite version is validated, not used).
 */
final class DialectChoice {
    private static final Pattern VERSION = Pattern.compile("^\\s*v?(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?");

    private DialectChoice() {
    }

    /** The version assumed when none is given: PostgreSQL 15, MariaDB 10.11, H2 2.3, SQLite 3.50. */
    static String defaultVersion(EngineKind kind) {
        return switch (kind) {
            case POSTGRESQL -> "15";
            case MARIADB -> "10.11";
            case H2 -> "2.3";
            case SQLITE -> "3.50";
        };
    }

    static Dialect dialect(EngineKind kind, String serverVersion) {
        DatabaseVersion version = parseVersion(kind, serverVersion == null || serverVersion.isBlank()
                ? defaultVersion(kind) : serverVersion);
        return switch (kind) {
            case POSTGRESQL -> new PostgreSQLDialect(version);
            case MARIADB -> new MariaDBDialect(version);
            case H2 -> new H2Dialect(version);
            case SQLITE -> new SqliteStandInDialect(); // no SQLite dialect in hibernate-core; see the class
        };
    }

    /** "15", "15.4", "10.11.6-MariaDB-1:10.11.6+maria~deb12", "2.3.232 (2024-08-11)" → major.minor.micro. */
    static DatabaseVersion parseVersion(EngineKind kind, String text) {
        Matcher m = VERSION.matcher(text);
        if (!m.find()) {
            throw new SchemactlException(ErrorCode.CONFIG, "unreadable " + kind.id() + " server version: " + text,
                    "give a version like " + defaultVersion(kind) + " (major[.minor[.micro]])");
        }
        return DatabaseVersion.make(Integer.valueOf(m.group(1)),
                m.group(2) == null ? 0 : Integer.valueOf(m.group(2)),
                m.group(3) == null ? 0 : Integer.valueOf(m.group(3)));
    }
}
