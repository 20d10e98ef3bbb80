package dev.schemactl.testing;

import dev.schemactl.engine.EngineKind;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes hand-made migration files into a test project, as a developer would. */
public final class MigrationFiles {
    private MigrationFiles() {
    }

    /**
     * {@code <project>/migrations/versions/<version>_<slug>.sql} for {@code engine}, one changeset per argument
     * (each holds its SQL and its --rollback lines), ids {@code <version>-1, -2, ...}, author "test".
     */
    public static Path write(Path project, String version, String slug, EngineKind engine, String... changesets) throws IOException {
        StringBuilder text = new StringBuilder("--liquibase formatted sql\n-- schemactl: engine=" + engine.id() + "\n");
        int n = 0;
        for (String cs : changesets) {
            text.append("\n--changeset test:").append(version).append('-').append(++n).append('\n').append(cs).append('\n');
        }
        Path versions = project.resolve("migrations/versions");
        Files.createDirectories(versions);
        return Files.writeString(versions.resolve(version + "_" + slug + ".sql"), text.toString());
    }
}
