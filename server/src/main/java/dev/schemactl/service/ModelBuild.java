package dev.schemactl.service;

import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Agents edit entity sources, not class files. With `models.build` in schemactl.yaml the build runs
 * before the models are read (bounded in time; its output comes back when it fails). Without one,
 * class folders older than their sources are reported as warnings.
 */
final class ModelBuild {
    static final Duration TIMEOUT = Duration.ofMinutes(5);

    private ModelBuild() {
    }

    /** Runs the build command, or checks freshness; returns warnings for the result. */
    static List<String> prepare(Path projectDir, String buildCommand, List<Path> classpath) {
        if (buildCommand != null && !buildCommand.isBlank()) {
            run(projectDir, buildCommand);
            return List.of();
        }
        List<String> warnings = new ArrayList<>();
        for (Path entry : classpath) {
            Path sources = sourcesOf(entry);
            if (sources == null) continue;
            FileTime newestSource = newest(sources, ".java");
            FileTime newestClass = newest(entry, ".class");
            if (newestSource != null && (newestClass == null || newestSource.compareTo(newestClass) > 0)) {
                warnings.add("class files in " + projectDir.relativize(entry.toAbsolutePath()) + " are older than their sources in "
                        + projectDir.relativize(sources.toAbsolutePath()) + ": compile them first (or set models.build in schemactl.yaml)");
            }
        }
        return warnings;
    }

    private static void run(Path projectDir, String command) {
        Path log;
        try {
            log = Files.createTempFile("schemactl-models-build", ".log");
        } catch (IOException e) {
            throw new SchemactlException(ErrorCode.MODELS, "cannot run the models build: " + e.getMessage(), "check the temp directory");
        }
        try {
            Process p = new ProcessBuilder("/bin/sh", "-c", command).directory(projectDir.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new SchemactlException(ErrorCode.MODELS, "the models build `" + command + "` did not finish within "
                        + TIMEOUT.toMinutes() + " minutes", "run it by hand to see why it hangs");
            }
            if (p.exitValue() != 0) {
                throw new SchemactlException(ErrorCode.MODELS, "the models build `" + command + "` failed (exit " + p.exitValue()
                        + "): " + tail(log), "fix the compile error in the entity sources and try again");
            }
        } catch (IOException e) {
            throw new SchemactlException(ErrorCode.MODELS, "cannot run the models build `" + command + "`: " + e.getMessage(),
                    "check models.build in schemactl.yaml");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemactlException(ErrorCode.MODELS, "interrupted while building the models", "try again");
        } finally {
            try {
                Files.deleteIfExists(log);
            } catch (IOException ignored) {
                // a temp file left behind is harmless
            }
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        List<String> last = lines.subList(Math.max(0, lines.size() - 15), lines.size());
        return String.join(" | ", last);
    }

    /** {@code X/target/classes} → {@code X/src/main/java}, when it exists. */
    private static Path sourcesOf(Path classes) {
        Path abs = classes.toAbsolutePath().normalize();
        if (!Files.isDirectory(abs) || abs.getParent() == null || abs.getParent().getParent() == null) return null;
        if (!abs.getFileName().toString().equals("classes") || !abs.getParent().getFileName().toString().equals("target")) return null;
        Path sources = abs.getParent().getParent().resolve("src/main/java");
        return Files.isDirectory(sources) ? sources : null;
    }

    private static FileTime newest(Path dir, String suffix) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(suffix)).map(f -> {
                try {
                    return Files.getLastModifiedTime(f);
                } catch (IOException e) {
                    return null;
                }
            }).filter(t -> t != null).max(FileTime::compareTo).orElse(null);
        } catch (IOException e) {
            return null;
        }
    }
}
