package dev.schemactl.mcp;

import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import dev.schemactl.migration.MigrationDirectory;
import dev.schemactl.migration.MigrationFile;

/** schemactl://migrations/{version}: the text of one migration file. */
final class MigrationFileResource implements McpResource {
    static final String PREFIX = "schemactl://migrations/";

    @Override
    public String uri() {
        return PREFIX + "{version}";
    }

    @Override
    public String name() {
        return "migration";
    }

    @Override
    public String title() {
        return "Migration file";
    }

    @Override
    public String description() {
        return "The full text of one migration file (Liquibase formatted SQL: each '--changeset' with its forward SQL "
                + "and its '--rollback' SQL). {version} is the 14-digit version listed by migration_status. Read it "
                + "to review a migration before applying it or rolling it back.";
    }

    @Override
    public String mimeType() {
        return "application/sql";
    }

    @Override
    public String read(String uri, McpProject project) {
        String version = uri.startsWith(PREFIX) ? uri.substring(PREFIX.length()) : "";
        if (!version.matches("\\d{14}")) {
            String shown = version.length() > 40 ? version.substring(0, 40) + "…" : version;
            throw new SchemactlException(ErrorCode.USAGE, "'" + shown + "' is not a migration version",
                    "use schemactl://migrations/<14-digit version>, e.g. schemactl://migrations/20260101000000");
        }
        return MigrationDirectory.load(project.settings().migrationsDir()).stream()
                .filter(f -> f.version().equals(version))
                .map(MigrationFile::content)
                .findFirst()
                .orElseThrow(() -> new SchemactlException(ErrorCode.NOT_FOUND, "no migration with version " + version,
                        "call migration_status for the versions there are"));
    }
}
