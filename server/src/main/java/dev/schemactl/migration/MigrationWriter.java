package dev.schemactl.migration;

import dev.schemactl.engine.EngineKind;
import dev.schemactl.engine.RenderedChange;
import dev.schemactl.engine.TransactionEnvelope;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes migration files. Engines with transactional DDL get one changeset per file (all or nothing,
 * except steps that cannot run in a transaction, which get their own); others get one changeset per
 * statement so a failure midway resumes cleanly. Output depends only on its inputs: no clock, no random.
 */
public final class MigrationWriter {
    public static final String AUTHOR = "schemactl";
    private static final Pattern SLUG = Pattern.compile("[a-z0-9_]+");

    private MigrationWriter() {
    }

    /** Turns a message like "Add users" into a slug "add_users"; rejects what cannot be one. */
    public static String slug(String message) {
        if (message == null || message.isBlank()) {
            throw new SchemactlException(ErrorCode.USAGE, "a migration needs a name", "pass -m NAME, e.g. -m add_users");
        }
        if (message.strip().length() > 100) {
            throw new SchemactlException(ErrorCode.USAGE, "the migration name is " + message.strip().length()
                    + " characters long ('" + message.strip().substring(0, 40) + "…'); at most 100 are allowed",
                    "use a short name, e.g. -m add_users");
        }
        String slug = message.trim().toLowerCase().replaceAll("[\\s-]+", "_");
        if (!SLUG.matcher(slug).matches() || slug.length() > 100) {
            throw new SchemactlException(ErrorCode.USAGE, "invalid migration name '" + message
                    + "': use letters, digits, spaces, '-' or '_' (at most 100)", "e.g. -m add_users");
        }
        return slug;
    }

    /**
     * The steps of a migration from rendered changes: the envelope's statements as non-transactional steps before
     * and after them (each undoing the other on rollback), then one step per change that has SQL (changes that
     * render none, e.g. SQLite's inline foreign keys, leave no empty changeset behind).
     */
    public static List<MigrationStep> steps(List<RenderedChange> rendered, TransactionEnvelope envelope) {
        List<MigrationStep> body = new ArrayList<>();
        for (RenderedChange r : rendered) {
            if (!r.forward().isEmpty() || !r.rollback().isEmpty()) body.add(new MigrationStep(r.forward(), r.rollback(), true));
        }
        return withEnvelope(body, envelope);
    }

    /** The steps between the envelope's non-transactional before/after statements (SQLite's PRAGMA foreign_keys). */
    public static List<MigrationStep> withEnvelope(List<MigrationStep> body, TransactionEnvelope envelope) {
        List<MigrationStep> steps = new ArrayList<>();
        if (!envelope.isEmpty()) steps.add(new MigrationStep(envelope.before(), envelope.after(), false));
        steps.addAll(body);
        if (!envelope.isEmpty()) steps.add(new MigrationStep(envelope.after(), envelope.before(), false));
        return steps;
    }

    public static String render(EngineKind engine, boolean transactionalDdl, String version, Map<String, String> header,
                                List<MigrationStep> steps) {
        return render(engine, transactionalDdl, version, header, steps, List.of());
    }

    private static final Pattern CREATES = Pattern.compile(
            "(?i)^\\s*CREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:DEFINER\\s*=\\s*\\S+\\s+)?(FUNCTION|PROCEDURE|TRIGGER|EVENT|VIEW|AGGREGATE)\\s+([^\\s(]+)");

    /**
     * The forward statement, refused when a line of it would be read as the migration file's own directive (a MariaDB
     * routine or trigger body with a line "-- rollback ..."): the engine's renderer escapes what it can (PostgreSQL writes
     * such a body as an escape string); a body that is code, kept by the server as written, has no faithful spelling.
     */
    private static String withoutDirectiveLines(String sql) {
        if (!dev.schemactl.engine.MigrationFileDirectives.holdsDirectiveLine(sql)) return sql;
        String what = "a statement";
        for (String line : sql.split("\\R")) {
            java.util.regex.Matcher m = CREATES.matcher(line);
            if (m.find()) what = "the " + m.group(1).toLowerCase(java.util.Locale.ROOT) + " " + m.group(2);
            if (dev.schemactl.engine.MigrationFileDirectives.holdsDirectiveLine(line)) {
                throw new SchemactlException(ErrorCode.UNSUPPORTED, what + " has a line a migration file reads as its own directive ("
                        + line.strip() + "): it cannot be written to a migration file as the server keeps it",
                        "reword that comment line in the database (put other text before its --, or write it as /* ... */), then run the command again");
            }
        }
        return sql;
    }

    /**
     * Like {@link #render(EngineKind, boolean, String, Map, List)}, with {@code preamble} statements (e.g.
     * {@code SET lock_timeout = '5s'}) on top of every changeset's forward SQL and of its rollback SQL.
     */
    public static String render(EngineKind engine, boolean transactionalDdl, String version, Map<String, String> header,
                                List<MigrationStep> steps, List<String> preamble) {
        StringBuilder out = new StringBuilder("--liquibase formatted sql\n");
        out.append("-- schemactl: engine=").append(engine.id()).append('\n');
        header.forEach((k, v) -> out.append("-- schemactl: ").append(k).append('=').append(v).append('\n'));
        List<List<MigrationStep>> changesets = new ArrayList<>();
        if (transactionalDdl) {
            List<MigrationStep> group = new ArrayList<>();
            for (MigrationStep s : steps) {
                if (s.runInTransaction()) {
                    if (s.newChangeset() && !group.isEmpty()) {
                        changesets.add(group);
                        group = new ArrayList<>();
                    }
                    group.add(s);
                } else {
                    if (!group.isEmpty()) changesets.add(group);
                    changesets.add(List.of(s));
                    group = new ArrayList<>();
                }
            }
            if (!group.isEmpty()) changesets.add(group);
        } else {
            // one changeset per statement; a step's rollback undoes the whole step, so it rides on the step's
            // first statement and its later statements roll back as empty (rollback runs in reverse order)
            for (MigrationStep s : steps) {
                for (int i = 0; i < s.forward().size(); i++) {
                    changesets.add(List.of(new MigrationStep(List.of(s.forward().get(i)),
                            i == 0 ? s.rollback() : List.of(), s.runInTransaction())));
                }
            }
        }
        int n = 0;
        for (List<MigrationStep> group : changesets) {
            n++;
            boolean tx = group.stream().allMatch(MigrationStep::runInTransaction);
            out.append("\n--changeset ").append(AUTHOR).append(':').append(version).append('-').append(n);
            if (!tx) out.append(" runInTransaction:false");
            out.append('\n');
            for (String sql : preamble) out.append(terminated(sql)).append('\n');
            for (MigrationStep s : group) {
                for (String sql : s.forward()) out.append(terminated(withoutDirectiveLines(sql))).append('\n');
            }
            if (group.stream().anyMatch(s -> !s.rollback().isEmpty())) {
                for (String sql : preamble) out.append("--rollback ").append(terminated(sql)).append('\n');
            }
            for (int i = group.size() - 1; i >= 0; i--) {
                List<String> rollback = group.get(i).rollback();
                if (rollback.isEmpty()) continue;
                for (String sql : rollback) {
                    for (String line : terminated(sql).split("\\R")) out.append("--rollback ").append(line).append('\n');
                }
            }
            if (group.stream().allMatch(s -> s.rollback().isEmpty())) out.append("--rollback empty\n");
        }
        return out.toString();
    }

    /** The file `schemactl new` writes when there is nothing to generate: sections to fill in by hand. */
    public static String template(EngineKind engine, String version, String source) {
        return "--liquibase formatted sql\n"
                + "-- schemactl: engine=" + engine.id() + "\n"
                + "-- schemactl: generated-from=" + source + "\n"
                + "\n--changeset " + AUTHOR + ":" + version + "-1\n"
                + "-- Write the forward SQL here.\n"
                + "--rollback -- Write the SQL that undoes it here.\n";
    }

    /** Writes a new file; never overwrites. */
    public static Path write(Path migrationsDir, String version, String slug, String content) {
        Path versions = migrationsDir.resolve("versions");
        Path file = versions.resolve(version + "_" + slug + ".sql");
        if (!file.normalize().startsWith(versions.normalize())) {
            throw new SchemactlException(ErrorCode.USAGE, "invalid migration name", "use [a-z0-9_]");
        }
        try {
            Files.createDirectories(versions);
            try (var s = Files.list(versions)) {
                if (s.anyMatch(p -> p.getFileName().toString().startsWith(version + "_"))) {
                    throw new SchemactlException(ErrorCode.MIGRATION_FILE, "a migration with version " + version + " already exists",
                            "wait a second, or set SOURCE_DATE_EPOCH to another time");
                }
            }
            Files.writeString(file, content, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            return file;
        } catch (IOException e) {
            throw new SchemactlException(ErrorCode.MIGRATION_FILE, "cannot write " + file + ": " + e.getMessage(),
                    "check the directory's permissions");
        }
    }

    private static String terminated(String sql) {
        String s = sql.strip();
        return s.endsWith(";") ? s : s + ";";
    }
}
