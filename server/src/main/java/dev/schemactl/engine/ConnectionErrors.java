package dev.schemactl.engine;

import dev.schemactl.config.DatabaseUrl;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;

import java.sql.SQLException;

/** Shared wording for connection failures; engines only decide which kind a driver error is. */
public final class ConnectionErrors {
    private ConnectionErrors() {
    }

    public static SchemactlException of(ErrorCode code, SQLException error, DatabaseUrl url) {
        String detail = firstLine(DatabaseUrl.maskText(error.getMessage()));
        if (url.password() != null && !url.password().isEmpty()) {
            detail = detail.replace(url.password(), "****");
        }
        return switch (code) {
            case AUTH_FAILED -> new SchemactlException(code,
                    "authentication failed for user '" + url.user() + "' at " + url.masked(),
                    "check the user and password in the URL or DATABASE_URL", error);
            case DATABASE_MISSING -> new SchemactlException(code,
                    "database '" + url.database() + "' does not exist at " + url.masked(),
                    "run `schemactl create` (or `schemactl up`, which creates it)", error);
            case UNREACHABLE -> new SchemactlException(code,
                    "cannot reach " + url.masked() + ": " + detail,
                    "check host and port, that the server runs, or wait for it with `schemactl wait`", error);
            default -> new SchemactlException(code, "database error at " + url.masked() + ": " + detail,
                    "run with --verbose for details", error);
        };
    }

    public static String firstLine(String text) {
        if (text == null) return "";
        int nl = text.indexOf('\n');
        return (nl < 0 ? text : text.substring(0, nl)).trim();
    }
}
