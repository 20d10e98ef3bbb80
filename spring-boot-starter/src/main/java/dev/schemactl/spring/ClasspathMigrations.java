package dev.schemactl.spring;

import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Migrations packaged in the application (schemactl.migrations-dir=classpath:db/schemactl, files under
 * {@code db/schemactl/versions/}): copied to a temporary migrations directory that the engine reads like any other,
 * deleted on close. The tracking table names files by "versions/NAME" and approvals by their SQL, so the copy is
 * indistinguishable from the project's own directory.
 */
final class ClasspathMigrations implements AutoCloseable {
    static final String PREFIX = "classpath:";

    private final Path dir;

    private ClasspathMigrations(Path dir) {
        this.dir = dir;
    }

    static boolean isClasspath(String location) {
        return location != null && location.startsWith(PREFIX);
    }

    /** What a developer passes to `schemactl --migrations-dir` for this location: its folder in a Maven/Gradle checkout. */
    static String sourceFolder(String location) {
        return "src/main/resources/" + strip(location);
    }

    static ClasspathMigrations copy(String location, ResourcePatternResolver resolver) {
        String folder = strip(location);
        try {
            Path dir = Files.createTempDirectory("schemactl-migrations");
            Path versions = Files.createDirectory(dir.resolve("versions"));
            for (Resource r : resolver.getResources(ResourcePatternResolver.CLASSPATH_ALL_URL_PREFIX + folder + "/versions/*.sql")) {
                String name = r.getFilename();
                if (name == null) continue;
                Path target = versions.resolve(name);
                if (Files.exists(target)) {
                    throw new SchemactlException(ErrorCode.MIGRATION_FILE, "two classpath entries hold " + location
                            + "/versions/" + name, "keep the migrations in one jar or folder");
                }
                try (InputStream in = r.getInputStream()) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return new ClasspathMigrations(dir);
        } catch (IOException e) {
            throw new SchemactlException(ErrorCode.MIGRATION_FILE, "cannot read the migrations at " + location + ": "
                    + e.getMessage(), "check schemactl.migrations-dir", e);
        }
    }

    Path dir() {
        return dir;
    }

    private static String strip(String location) {
        String folder = location.substring(PREFIX.length());
        while (folder.startsWith("/")) folder = folder.substring(1);
        while (folder.endsWith("/")) folder = folder.substring(0, folder.length() - 1);
        return folder;
    }

    @Override
    public void close() {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory; the OS cleans it eventually
        }
    }
}
