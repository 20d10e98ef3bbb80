package dev.schemactl.service;

import dev.schemactl.config.Settings;
import dev.schemactl.risk.Step;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds the file and line where each scored statement starts, for CI reports (SARIF, GitHub annotations). A step's
 * source is the path given to lint (relative to the project) or a migration's logical path (relative to the migrations
 * directory); the statement is looked up by its first line of SQL, in order, from where the previous one was found.
 */
final class StatementLocator {
    private final Settings settings;

    StatementLocator(Settings settings) {
        this.settings = settings;
    }

    List<RiskResult.StatementLocation> locate(List<Step> steps) {
        Map<String, String> contents = new HashMap<>();
        Map<String, Integer> cursors = new HashMap<>();
        Map<Integer, RiskResult.StatementLocation> out = new TreeMap<>();
        for (Step step : steps) {
            if (out.containsKey(step.number()) || step.source() == null) continue;
            Path file = file(step.source());
            if (file == null) continue;
            String key = file.toString();
            String content = contents.computeIfAbsent(key, k -> read(file));
            if (content == null) continue;
            String relative = relative(file);
            String first = firstLine(step.sql());
            int from = cursors.getOrDefault(key, 0);
            int at = first.isEmpty() ? -1 : content.indexOf(first, from);
            if (at < 0 && !first.isEmpty()) at = content.indexOf(first);
            if (at < 0) {
                out.put(step.number(), new RiskResult.StatementLocation(step.number(), relative, lineOf(content, from)));
                continue;
            }
            cursors.put(key, at + first.length());
            out.put(step.number(), new RiskResult.StatementLocation(step.number(), relative, lineOf(content, at)));
        }
        return new ArrayList<>(out.values());
    }

    private Path file(String source) {
        for (Path candidate : List.of(settings.projectDir().resolve(source), settings.migrationsDir().resolve(source))) {
            try {
                if (Files.isRegularFile(candidate)) return candidate.toAbsolutePath().normalize();
            } catch (java.nio.file.InvalidPathException e) {
                return null;
            }
        }
        return null;
    }

    private String relative(Path file) {
        Path project = settings.projectDir().toAbsolutePath().normalize();
        return (file.startsWith(project) ? project.relativize(file) : file).toString().replace('\\', '/');
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    /** The first line of a statement that is not blank and not a comment, trimmed. */
    private static String firstLine(String sql) {
        if (sql == null) return "";
        for (String line : sql.split("\\R")) {
            String t = line.trim();
            if (!t.isEmpty() && !t.startsWith("--")) return t;
        }
        return "";
    }

    private static int lineOf(String content, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < content.length(); i++) if (content.charAt(i) == '\n') line++;
        return line;
    }
}
