package dev.schemactl.service;

/**
 * A migration file written by `new` (path null when there was nothing to write).
 *
 * @param verification the rollback check of the written file on a shadow database; null when it did not run
 *                     (nothing written, --dry-run, the empty template, --no-verify, or no shadow database)
 * @param verificationNote one line on the check: "rollback verified ...", "warning: rollback NOT verified: ...",
 *                     or why it did not run; null when not attempted
 */
public record NewMigrationResult(String path, String version, String content, String message,
                                 MigrationVerification verification, String verificationNote) implements Result {

    public NewMigrationResult(String path, String version, String content, String message) {
        this(path, version, content, message, null, null);
    }

    NewMigrationResult withVerification(MigrationVerification verification, String note) {
        return new NewMigrationResult(path, version, content, message, verification, note);
    }

    @Override
    public String text() {
        return message + "\n" + (verificationNote == null ? "" : verificationNote + "\n");
    }
}
