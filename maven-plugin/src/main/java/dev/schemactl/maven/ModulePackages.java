package dev.schemactl.maven;

import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/** The packages of a module's compiled classes: where to look for entities when none are configured. */
final class ModulePackages {
    private ModulePackages() {
    }

    static List<String> of(Path classes) {
        if (!Files.isDirectory(classes)) {
            throw new SchemactlException(ErrorCode.MODELS, "no compiled classes in " + classes,
                    "run the goal after compile (e.g. `mvn compile schemactl:diff`), or bind it to a later phase");
        }
        TreeSet<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(classes)) {
            files.filter(f -> f.toString().endsWith(".class")).map(f -> classes.relativize(f.getParent() == null ? classes : f.getParent()))
                    .map(p -> p.toString().replace(java.io.File.separatorChar, '.'))
                    .forEach(found::add);
        } catch (IOException e) {
            throw new SchemactlException(ErrorCode.MODELS, "cannot list " + classes + ": " + e.getMessage(),
                    "check the build's output directory");
        }
        if (found.isEmpty()) {
            throw new SchemactlException(ErrorCode.MODELS, "no compiled classes in " + classes,
                    "run the goal after compile, or configure <packages>");
        }
        return List.copyOf(found);
    }
}
