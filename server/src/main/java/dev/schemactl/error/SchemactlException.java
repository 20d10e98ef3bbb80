package dev.schemactl.error;

/**
 * A failure with a one-line message (what went wrong) and a hint (what to do). Messages never contain
 * passwords: build them from masked URLs.
 */
public class SchemactlException extends RuntimeException {
    private final ErrorCode code;
    private final String hint;

    public SchemactlException(ErrorCode code, String message, String hint) {
        this(code, message, hint, null);
    }

    public SchemactlException(ErrorCode code, String message, String hint, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.hint = hint;
    }

    public ErrorCode code() {
        return code;
    }

    public String hint() {
        return hint;
    }

    /** "message (hint)" on one line. */
    public String oneLine() {
        String msg = getMessage().replaceAll("\\s*\\R\\s*", " ");
        return hint == null || hint.isBlank() ? msg : msg + " — " + hint;
    }
}
