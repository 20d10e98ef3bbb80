package dev.schemactl.migration;

import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The migrations directory: versions/*.sql in version order. No master file; the order is the names'. */
public final class MigrationDirectory {
    private MigrationDirectory() {
    }

    public static List<MigrationFile> load(Path migrationsDir) {
        Path versions = migrationsDir.resolve("versions");
        if (!Files.isDirectory(versions)) return List.of();
        List<Path> paths;
        try (Stream<Path> s = Files.list(versions)) {
            paths = s.filter(p -> p.getFileName().toString().endsWith(".sql")).sorted().toList();
        } catch (IOException e) {
            throw new SchemactlException(ErrorCode.MIGRATION_FILE, "cannot list " + versions + ": " + e.getMessage(),
                    "check the directory's permissions");
        }
        List<MigrationFile> files = new ArrayList<>();
        Map<String, Path> byVersion = new HashMap<>();
        for (Path p : paths) {
            try {
                if (!p.toRealPath().startsWith(versions.toRealPath())) {
                    // a link to a file elsewhere would let whoever writes the folder make a server read any file it can
                    throw new SchemactlException(ErrorCode.MIGRATION_FILE, p.getFileName() + " is a symbolic link to a file "
                            + "outside " + versions, "put the migration file itself in the folder");
                }
            } catch (IOException e) {
                throw new SchemactlException(ErrorCode.MIGRATION_FILE, "cannot read " + p + ": " + e.getMessage(),
                        "check the file's permissions");
            }
            String content = SqlFileText.read(p, "migrations/versions/" + p.getFileName());
            MigrationFile file = MigrationFileParser.parse(p, content);
            Path clash = byVersion.put(file.version(), p);
            if (clash != null) {
                throw new SchemactlException(ErrorCode.MIGRATION_FILE, "two migrations share version " + file.version()
                        + ": " + clash.getFileName() + " and " + p.getFileName(), "rename one of them to a new version");
            }
            files.add(file);
        }
        files.sort(Comparator.comparing(MigrationFile::version));
        return List.copyOf(files);
    }
}
