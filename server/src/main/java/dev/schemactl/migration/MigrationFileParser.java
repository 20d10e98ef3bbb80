package dev.schemactl.migration;

import dev.schemactl.engine.EngineKind;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a migration file and checks it before Liquibase ever sees it, so a malformed file fails with
 * "file: line N: what is wrong" instead of a parser stack trace.
 */
public final class MigrationFileParser {
    public static final Pattern FILE_NAME = Pattern.compile("^(\\d{14})_([a-z0-9_]+)\\.sql$");
    private static final Pattern FORMATTED = Pattern.compile("^--\\s*liquibase\\s+formatted\\s+sql\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHANGESET = Pattern.compile("^--\\s*changeset\\s+([^:\\s]+):(\\S+)(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ROLLBACK = Pattern.compile("^--\\s*rollback(?:\\s(.*))?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER = Pattern.compile("^--\\s*schemactl:\\s*([a-z-]+)\\s*=\\s*(.*)$");

    private MigrationFileParser() {
    }

    public static MigrationFile parse(Path path, String content) {
        String name = path.getFileName().toString();
        Matcher fileName = FILE_NAME.matcher(name);
        if (!fileName.matches()) {
            throw error(path, 0, "file name must be <yyyyMMddHHmmss>_<slug>.sql with a slug of [a-z0-9_]");
        }
        String[] lines = content.split("\\R", -1);
        int first = 0;
        while (first < lines.length && lines[first].isBlank()) first++;
        if (first >= lines.length || !FORMATTED.matcher(lines[first].trim()).matches()) {
            throw error(path, first + 1, "expected '--liquibase formatted sql' as the first line");
        }
        Map<String, String> header = new LinkedHashMap<>();
        List<MigrationFile.Changeset> changesets = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Builder current = null;
        for (int i = first + 1; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.trim();
            Matcher cs = CHANGESET.matcher(trimmed);
            if (cs.matches()) {
                if (current != null) changesets.add(current.build(path));
                String id = cs.group(2);
                if (!ids.add(cs.group(1) + ":" + id)) {
                    throw error(path, i + 1, "duplicate changeset id '" + id + "'");
                }
                boolean tx = !cs.group(3).toLowerCase().contains("runintransaction:false");
                current = new Builder(cs.group(1), id, tx, i + 1);
                continue;
            }
            if (current == null) {
                Matcher h = HEADER.matcher(trimmed);
                if (h.matches()) {
                    header.put(h.group(1), h.group(2).trim());
                } else if (!trimmed.isEmpty() && !trimmed.startsWith("--")) {
                    throw error(path, i + 1, "SQL before the first '--changeset author:id' line");
                }
                continue;
            }
            Matcher rb = ROLLBACK.matcher(trimmed);
            if (rb.matches()) {
                current.rollback.append(rb.group(1) == null ? "" : rb.group(1)).append('\n');
                current.hasRollback = true;
            } else {
                if (current.hasRollback && !trimmed.isEmpty() && !trimmed.startsWith("--")) {
                    throw error(path, i + 1, "SQL after the --rollback lines of changeset '" + current.id
                            + "' (put forward SQL before its rollback, or start a new --changeset)");
                }
                current.sql.append(line).append('\n');
            }
        }
        if (current != null) changesets.add(current.build(path));
        if (changesets.isEmpty()) {
            throw error(path, 0, "no '--changeset author:id' line");
        }
        EngineKind engine = null;
        if (header.containsKey("engine")) {
            engine = EngineKind.fromId(header.get("engine"));
            if (engine == null) {
                throw error(path, 0, "unknown engine '" + header.get("engine") + "' in the header");
            }
        }
        return new MigrationFile(fileName.group(1), fileName.group(2), path, content, Map.copyOf(header), engine,
                List.copyOf(changesets));
    }

    private static SchemactlException error(Path path, int line, String what) {
        String where = path.getFileName() + (line > 0 ? ": line " + line : "");
        return new SchemactlException(ErrorCode.MIGRATION_FILE, "malformed migration " + where + ": " + what,
                "fix the file (format: Liquibase formatted SQL, see `schemactl new --help`)");
    }

    private static final class Builder {
        final String author;
        final String id;
        final boolean runInTransaction;
        final int line;
        final StringBuilder sql = new StringBuilder();
        final StringBuilder rollback = new StringBuilder();
        boolean hasRollback;

        Builder(String author, String id, boolean runInTransaction, int line) {
            this.author = author;
            this.id = id;
            this.runInTransaction = runInTransaction;
            this.line = line;
        }

        MigrationFile.Changeset build(Path path) {
            if (!hasRollback) {
                throw error(path, line, "changeset '" + id + "' has no '--rollback' line (every change needs its rollback; "
                        + "write '--rollback empty' when there is nothing to undo)");
            }
            return new MigrationFile.Changeset(author, id, sql.toString().strip(), rollback.toString().strip(),
                    runInTransaction, line);
        }
    }
}
