package dev.schemactl.error;

/** The closed set of failures a user can meet; each maps to a CLI exit code and an MCP error result. */
public enum ErrorCode {
    USAGE(2),
    BAD_URL(2),
    CONFIG(2),
    UNREACHABLE(1),
    AUTH_FAILED(1),
    DATABASE_MISSING(1),
    DATABASE_EXISTS(1),
    MIGRATION_FILE(1),
    CHECKSUM_MISMATCH(1),
    WRONG_ENGINE(1),
    NOT_FOUND(1),
    MIGRATION_FAILED(1),
    LOCK_TIMEOUT(1),
    /** A migration would run through a connection pooler (session locks and SET do not hold there) and no direct URL is set. */
    POOLER(1),
    TIMEOUT(1),
    MODELS(1),
    /** The engine cannot do what was asked (e.g. sequences on SQLite). */
    UNSUPPORTED(1),
    POLICY_REFUSED(3),
    /** A plan schemactl will not write or run without an explicit flag (drops every table, touches unmanaged objects). */
    PLAN_REFUSED(3),
    CONFIRMATION(3),
    INTERNAL(1);

    private final int exitCode;

    ErrorCode(int exitCode) {
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
