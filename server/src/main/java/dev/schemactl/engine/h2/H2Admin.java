package dev.schemactl.engine.h2;

import dev.schemactl.config.DatabaseUrl;
import dev.schemactl.engine.DatabaseAdmin;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

final class H2Admin implements DatabaseAdmin {

    @Override
    public boolean exists(DatabaseUrl url) {
        return url.filePath() == null || Files.exists(dataFile(url.filePath()));
    }

    @Override
    public boolean create(DatabaseUrl url) {
        if (url.filePath() == null || exists(url)) return false;
        try {
            Files.createDirectories(url.filePath().getParent());
        } catch (IOException e) {
            throw new SchemactlException(ErrorCode.INTERNAL, "cannot create directory " + url.filePath().getParent()
                    + ": " + e.getMessage(), "check permissions", e);
        }
        try (Connection ignored = DriverManager.getConnection(url.jdbcUrl(), url.user(), url.password() == null ? "" : url.password())) {
            return true;
        } catch (SQLException e) {
            throw H2Engine.INSTANCE.translate(e, url);
        }
    }

    @Override
    public boolean drop(DatabaseUrl url) {
        if (url.filePath() == null) {
            try (Connection c = DriverManager.getConnection(url.jdbcUrl(), url.user(), "");
                 Statement st = c.createStatement()) {
                st.execute("DROP ALL OBJECTS");
                return true;
            } catch (SQLException e) {
                throw H2Engine.INSTANCE.translate(e, url);
            }
        }
        if (!exists(url)) return false;
        try {
            for (String suffix : new String[]{".mv.db", ".trace.db", ".lock.db"}) {
                Files.deleteIfExists(Path.of(url.filePath() + suffix));
            }
            return true;
        } catch (IOException e) {
            throw new SchemactlException(ErrorCode.INTERNAL, "cannot delete " + dataFile(url.filePath()) + ": "
                    + e.getMessage(), "check that no other process has it open", e);
        }
    }

    static Path dataFile(Path base) {
        return Path.of(base + ".mv.db");
    }
}
