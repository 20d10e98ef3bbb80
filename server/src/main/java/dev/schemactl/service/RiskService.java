package dev.schemactl.service;

import dev.schemactl.config.Settings;
import dev.schemactl.diff.Plan;
import dev.schemactl.engine.DatabaseHandle;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.engine.SafeSql;
import dev.schemactl.engine.SqlRenderer;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import dev.schemactl.migration.MigrationDirectory;
import dev.schemactl.migration.MigrationFile;
import dev.schemactl.migration.MigrationFileParser;
import dev.schemactl.risk.RiskFacts;
import dev.schemactl.risk.RiskReport;
import dev.schemactl.risk.RiskScorer;
import dev.schemactl.risk.SqlChangeParser;
import dev.schemactl.risk.Step;
import dev.schemactl.schema.Schema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The risk use cases both faces call: score migration files, the pending migrations, a rollback, a plan or plain SQL
 * against the live database (its engine, version, schema and row counts), and the {@link PlanScorer} that `approve` and
 * the policy gate of migrate / rollback use.
 */
public final class RiskService {
    /** "-- apply versions/2026…_x.sql changeset author:id" — the section headers of an {@link ApprovalPlan}'s SQL. */
    private static final Pattern SECTION = Pattern.compile("^-- (apply|rollback) (\\S+) changeset ([^:\\s]+):(\\S+)$");

    private final Settings settings;
    private boolean shadowVerification = true;
    private Databases databases = Databases.PER_CALL;

    public RiskService(Settings settings) {
        this.settings = settings;
    }

    /** Opens databases through {@code databases} (a server's shared pools) instead of a pool per call. */
    public RiskService databases(Databases databases) {
        this.databases = databases;
        return this;
    }

    /**
     * Scores without the rollback verification, which runs the migrations' SQL on a shadow database with this
     * project's credentials (a protected server must never run SQL that no human approved).
     */
    public RiskService withoutShadowVerification() {
        this.shadowVerification = false;
        return this;
    }

    /** The scorer of approval plans (pending migrations or a rollback) for this project's migrations directory. */
    public PlanScorer planScorer() {
        return (plan, db) -> score(plan, MigrationDirectory.load(settings.migrationsDir()), db);
    }

    /** `lint --pending`: what `migrate` would run now. */
    public RiskResult lintPending() {
        List<MigrationFile> files = MigrationDirectory.load(settings.migrationsDir());
        RiskResult result;
        List<String> versions;
        try (DatabaseHandle db = open()) {
            ApprovalPlan plan = ApprovalPlan.migrate(files, ApprovalPlan.applied(db), null);
            Scored scored = scored(plan, files, db);
            String subject = plan.isEmpty() ? "pending migrations (none)" : "pending migrations " + String.join(", ", plan.versions());
            result = result(subject, db, scored);
            versions = plan.versions();
        }
        // after the handle is closed: the check reads the live schema again, and an H2 or SQLite file admits one process
        return result.withRollbackVerification(verification(versions));
    }

    /**
     * score_risk with measure: {@link #lintVersion(String)} or {@link #lintPending()} (version null) with what each
     * statement really did on a shadow database beside the findings (see `verify --locks`).
     */
    public RiskResult measured(String version) {
        if (!shadowVerification) {
            throw new SchemactlException(ErrorCode.UNSUPPORTED, "measure is not available on a protected server",
                    "it runs the migration's SQL on a shadow database, and no unapproved SQL runs there");
        }
        RiskResult result = version == null ? lintPending() : lintVersion(version);
        List<MigrationFile> files = MigrationDirectory.load(settings.migrationsDir());
        List<String> versions;
        if (version != null) {
            versions = List.of(version);
        } else {
            try (DatabaseHandle db = open()) {
                versions = ApprovalPlan.migrate(files, ApprovalPlan.applied(db), null).versions();
            }
        }
        List<MigrationFile> targets = files.stream().filter(f -> versions.contains(f.version())).toList();
        List<dev.schemactl.engine.MeasuredStatement> all = new ArrayList<>();
        Set<String> tablesBefore = new java.util.TreeSet<>();
        for (LockReport.MeasuredMigration m : new LockMeasurement(settings).measure(files, targets, null)) {
            tablesBefore.addAll(m.tablesBefore());
            if (m.error() != null) {
                throw new SchemactlException(ErrorCode.MIGRATION_FAILED, "cannot measure " + m.version() + ": " + m.error(),
                        "run `schemactl verify` to see which migration does not apply on a fresh database");
            }
            for (var s : m.report().measured()) all.add(s.renumbered(all.size() + 1));
        }
        return result.withReport(result.report().withMeasured(all, tablesBefore));
    }

    /** score_risk of one migration file by its version (pending or applied), with its rollback verification. */
    public RiskResult lintVersion(String version) {
        MigrationFile file = MigrationDirectory.load(settings.migrationsDir()).stream()
                .filter(f -> f.version().equals(version)).findFirst()
                .orElseThrow(() -> new SchemactlException(ErrorCode.NOT_FOUND, "no migration with version " + version,
                        "see `schemactl status` (or migration_status) for the versions there are"));
        return scoreFiles(List.of(settings.projectDir().relativize(file.path().toAbsolutePath())))
                .withRollbackVerification(verification(List.of(version)));
    }

    /** "VERSION: rollback verified ..." per migration, checked on a shadow database (see VerifyService). */
    private List<String> verification(List<String> versions) {
        if (!shadowVerification) {
            return versions.stream().map(v -> v + ": rollback not verified (protected server: no unapproved SQL runs on a shadow database)").toList();
        }
        VerifyService verify = new VerifyService(settings);
        return versions.stream().map(v -> v + ": " + verify.rollbackVerification(v)).toList();
    }

    /**
     * `lint FILE...`: migration files (Liquibase formatted SQL) or plain SQL files, scored as if run in the order given
     * against the database as it is now.
     */
    public RiskResult lintFiles(List<Path> paths) {
        List<String> versions = paths.stream().map(p -> settings.projectDir().resolve(p).toAbsolutePath().normalize())
                .filter(p -> p.getParent() != null && p.getParent().equals(settings.versionsDir().toAbsolutePath().normalize()))
                .map(p -> p.getFileName().toString()).filter(n -> n.matches("\\d{14}_[a-z0-9_]+\\.sql"))
                .map(n -> n.substring(0, 14)).toList();
        return scoreFiles(paths).withRollbackVerification(verification(versions));
    }

    private RiskResult scoreFiles(List<Path> paths) {
        List<RiskScorer.Unit> units = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (DatabaseHandle db = open()) {
            EngineKind engine = db.engine().kind();
            for (Path path : paths) {
                Path file = settings.projectDir().resolve(path);
                String name = path.toString();
                names.add(name);
                String content = read(file, name);
                if (content.stripLeading().toLowerCase(Locale.ROOT).startsWith("--liquibase formatted sql")) {
                    MigrationFile migration = parseMigration(file, content);
                    if (migration.engine() != null && migration.engine() != engine) {
                        throw new SchemactlException(ErrorCode.WRONG_ENGINE, name + " was written for " + migration.engine().id()
                                + ", but the database is " + engine.id(), "lint it against a " + migration.engine().id() + " database");
                    }
                    for (MigrationFile.Changeset cs : migration.changesets()) {
                        units.add(RiskScorer.Unit.changeset(name, cs.sql(), cs.runInTransaction(), emptyRollback(cs.rollbackSql())));
                    }
                } else {
                    units.add(RiskScorer.Unit.text(name, content));
                }
            }
            return result(String.join(", ", names), db, score(units, db));
        }
    }

    /** Plain SQL text (`lint` reading stdin, MCP score_risk with SQL): its statements as they come. */
    public RiskResult lintSql(String sql, String source) {
        try (DatabaseHandle db = open()) {
            RiskFacts facts = RiskFacts.read(db, SchemaCache.SHARED.live(db, db::inspect));
            List<Step> steps = RiskScorer.sqlSteps(List.of(RiskScorer.Unit.text(source, sql)),
                    new SqlChangeParser(db.engine().kind(), facts.schema()));
            facts = facts.withRowCounts(db, RiskScorer.tablesToCount(steps, facts.schema())).withDataChecks(db, steps);
            return result(source, db, new Scored(new RiskScorer().score(steps, facts), facts, steps));
        }
    }

    /**
     * A plan as `new` would write it: the engine's safe SQL forms unless {@code safeSql} is false (the findings the
     * low-lock forms avoid go away).
     */
    public static RiskReport scorePlan(Plan plan, DatabaseHandle db, boolean safeSql) {
        SqlRenderer renderer = db.renderer();
        SafeSql safe = safeSql ? db.engine().safeSql() : SafeSql.NONE;
        Schema live = SchemaCache.SHARED.live(db, db::inspect);
        List<Step> steps = RiskScorer.planSteps(safe.rewrite(renderer.render(plan), live), safe.preamble(),
                db.engine().transactionalDdl(), dev.schemactl.risk.RiskContext.PLAN);
        RiskFacts facts = RiskFacts.read(db, live);
        facts = facts.withRowCounts(db, RiskScorer.tablesToCount(steps, facts.schema())).withDataChecks(db, steps);
        return new RiskScorer().score(steps, facts);
    }

    /** The score of exactly the SQL an approval plan runs (its sections, one unit per changeset). */
    public static RiskReport score(ApprovalPlan plan, List<MigrationFile> files, DatabaseHandle db) {
        return scored(plan, files, db).report();
    }

    /** A report with the facts and steps behind it. */
    record Scored(RiskReport report, RiskFacts facts, List<Step> steps) {
    }

    static Scored scored(ApprovalPlan plan, List<MigrationFile> files, DatabaseHandle db) {
        List<RiskScorer.Unit> units = new ArrayList<>();
        String direction = null;
        String source = null;
        MigrationFile.Changeset changeset = null;
        StringBuilder sql = new StringBuilder();
        for (String line : plan.sql().split("\n", -1)) {
            Matcher m = SECTION.matcher(line);
            if (m.matches()) {
                if (source != null) units.add(unit(direction, source, changeset, sql.toString()));
                direction = m.group(1);
                source = m.group(2);
                changeset = find(files, source, m.group(3), m.group(4));
                sql.setLength(0);
            } else if (source != null) {
                sql.append(line).append('\n');
            }
        }
        if (source != null) units.add(unit(direction, source, changeset, sql.toString()));
        return score(units, db);
    }

    static Scored score(List<RiskScorer.Unit> units, DatabaseHandle db) {
        RiskFacts facts = RiskFacts.read(db, SchemaCache.SHARED.live(db, db::inspect));
        Set<Integer> emptyRollbacks = new HashSet<>();
        List<Step> steps = RiskScorer.sqlSteps(units, new SqlChangeParser(db.engine().kind(), facts.schema()), emptyRollbacks);
        facts = facts.withRowCounts(db, RiskScorer.tablesToCount(steps, facts.schema())).withDataChecks(db, steps);
        return new Scored(new RiskScorer().score(steps, facts, emptyRollbacks), facts, steps);
    }

    private static RiskScorer.Unit unit(String direction, String source, MigrationFile.Changeset cs, String sql) {
        boolean tx = cs == null || cs.runInTransaction();
        String text = emptyRollback(sql) ? "" : sql;
        boolean empty = "apply".equals(direction) && cs != null && emptyRollback(cs.rollbackSql());
        return RiskScorer.Unit.changeset(source, text, tx, empty);
    }

    private static MigrationFile.Changeset find(List<MigrationFile> files, String logicalPath, String author, String id) {
        for (MigrationFile f : files) {
            if (!f.logicalPath().equals(logicalPath)) continue;
            for (MigrationFile.Changeset cs : f.changesets()) {
                if (cs.author().equals(author) && cs.id().equals(id)) return cs;
            }
        }
        return null;
    }

    /** "--rollback empty", or nothing but comments: nothing to undo. */
    static boolean emptyRollback(String rollbackSql) {
        if (rollbackSql == null) return true;
        String s = rollbackSql.strip();
        // a psql meta-command line (\i file.sql) is not SQL to the splitter, but it is not nothing either
        boolean metaCommand = s.lines().anyMatch(l -> l.strip().startsWith("\\"));
        return s.isEmpty() || s.equalsIgnoreCase("empty") || (!metaCommand && dev.schemactl.source.SqlScript.split(s).isEmpty());
    }

    private MigrationFile parseMigration(Path file, String content) {
        if (MigrationFileParser.FILE_NAME.matcher(file.getFileName().toString()).matches()) {
            return MigrationFileParser.parse(file, content);
        }
        // the parser checks the file name; a file linted before it is named gets a stand-in name
        return MigrationFileParser.parse(file.resolveSibling("00000000000000_linted.sql"), content);
    }

    private static String read(Path file, String name) {
        return dev.schemactl.migration.SqlFileText.read(file, name);
    }

    private RiskResult result(String subject, DatabaseHandle db, Scored scored) {
        long statements = scored.steps().stream().map(Step::number).distinct().count();
        Map<String, int[]> ranges = new LinkedHashMap<>();
        for (Step s : scored.steps()) {
            int[] r = ranges.computeIfAbsent(s.source(), k -> new int[]{s.number(), s.number()});
            r[0] = Math.min(r[0], s.number());
            r[1] = Math.max(r[1], s.number());
        }
        List<String> sources = new ArrayList<>();
        ranges.forEach((source, r) -> sources.add((r[0] == r[1] ? "statement " + r[0] : "statements " + r[0] + "–" + r[1])
                + ": " + source));
        return new RiskResult(subject, db.url().masked(), scored.facts().describe(), (int) statements, sources, scored.report())
                .withLocations(new StatementLocator(settings).locate(scored.steps()));
    }

    /** Scoring reads the database a few times: plain connections, no pool to start. */
    private DatabaseHandle open() {
        return databases.openForReads(settings.databaseUrl(), settings.lockTimeout());
    }
}
