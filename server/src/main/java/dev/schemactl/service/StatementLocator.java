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
        Map<String, int[]> lineStarts = new HashMap<>();
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
            int[] starts = lineStarts.computeIfAbsent(key, k -> lineStarts(content));
            String first = firstLine(step.sql());
            int from = cursors.getOrDefault(key, 0);
            int at = first.isEmpty() ? -1 : content.indexOf(first, from);
            if (at < 0 && !first.isEmpty()) at = content.indexOf(first);
            if (at < 0) {
                out.put(step.number(), new RiskResult.StatementLocation(step.number(), relative, lineOf(starts, from)));
                continue;
            }
            cursors.put(key, at + first.length());
            out.put(step.number(), new RiskResult.StatementLocation(step.number(), relative, lineOf(starts, at)));
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

    /** The offset each line starts at: a statement's line is then a binary search, not a scan from the top. */
    private static int[] lineStarts(String content) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = content.indexOf('\n'); i >= 0; i = content.indexOf('\n', i + 1)) starts.add(i + 1);
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int lineOf(int[] lineStarts, int offset) {
        int found = java.util.Arrays.binarySearch(lineStarts, offset);
        return found >= 0 ? found + 1 : -found - 1;
    }
}
