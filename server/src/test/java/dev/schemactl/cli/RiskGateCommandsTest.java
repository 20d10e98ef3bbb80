package dev.schemactl.cli;

import dev.schemactl.engine.DatabaseHandle;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.migration.MigrationDirectory;
import dev.schemactl.migration.MigrationFile;
import dev.schemactl.policy.ApprovalKey;
import dev.schemactl.policy.ApprovalLedger;
import dev.schemactl.policy.ApprovalTokens;
import dev.schemactl.policy.DatabaseFingerprint;
import dev.schemactl.service.ApprovalPlan;
import dev.schemactl.testing.MigrationFiles;
import dev.schemactl.testing.Cli;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static dev.schemactl.cli.MigrationCommandsTest.columns;
import static dev.schemactl.cli.MigrationCommandsTest.tables;
import static dev.schemactl.cli.MigrationCommandsTest.trackingRows;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The policy gate in migrate / up / rollback / down: the pending (or to-be-rolled-back) SQL is scored before anything
 * runs; what the policy wants confirmed exits 3 with the findings and the `schemactl approve` command and applies
 * nothing; a token for exactly that plan lets it run once. Plus `schemactl lint`.
 */
class RiskGateCommandsTest {
    private static final String V1 = "20260101000000";
    private static final String V2 = "20260102000000";
    private static final String V3 = "20260103000000";

    @TempDir
    Path dir;
    private final List<TestDatabase> databases = new ArrayList<>();

    @AfterEach
    void dropDatabases() {
        databases.forEach(TestDatabase::close);
    }

    private TestDatabase database(EngineKind engine) {
        TestDatabase db = TestDatabase.create(engine);
        databases.add(db);
        return db;
    }

    private Cli cli(TestDatabase db) {
        return new Cli(dir).env("DATABASE_URL", db.urlText())
                .env("XDG_CONFIG_HOME", dir.resolve("config").toString());
    }

    private void migration(String version, String slug, EngineKind engine, String changeset) throws IOException {
        MigrationFiles.write(dir, version, slug, engine, changeset);
    }

    /** A token for the plan `selection` picks, minted the way `schemactl approve` mints it. */
    private String token(TestDatabase db, Function<DatabaseHandle, ApprovalPlan> selection) {
        List<MigrationFile> files = MigrationDirectory.load(dir.resolve("migrations"));
        assertThat(files).isNotEmpty();
        try (DatabaseHandle h = DatabaseHandle.open(db.url(), Duration.ofSeconds(10))) {
            ApprovalPlan plan = selection.apply(h);
            return new ApprovalTokens(ApprovalKey.loadOrCreate(Map.of("XDG_CONFIG_HOME", dir.resolve("config").toString())),
                    Clock.systemUTC())
                    .mint(plan.digest(), DatabaseFingerprint.of(h), Duration.ofMinutes(15), "alice", "terminal");
        }
    }

    private List<ApprovalLedger.Entry> ledger(TestDatabase db) {
        try (DatabaseHandle h = DatabaseHandle.open(db.url(), Duration.ofSeconds(10))) {
            return new ApprovalLedger(h, Clock.systemUTC()).entries();
        }
    }

    private static void rows(TestDatabase db, String sql) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private void widgetsWithRows(TestDatabase db, EngineKind engine) throws Exception {
        migration(V1, "create_widgets", engine,
                "CREATE TABLE widgets (id INT PRIMARY KEY, name VARCHAR(50), price INT);\n--rollback DROP TABLE widgets;");
        Cli.Run up = cli(db).run("up");
        assertThat(up.exit()).as(up.all()).isZero();
        rows(db, "INSERT INTO widgets (id, name, price) VALUES (1, 'a', 10), (2, 'b', 20), (3, 'c', 30)");
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void aDestructiveMigrationWaitsForAnApprovalTokenAndRunsOnceWithIt(EngineKind engine) throws Exception {
        TestDatabase db = database(engine);
        widgetsWithRows(db, engine);
        migration(V2, "drop_price", engine, "ALTER TABLE widgets DROP COLUMN price;\n--rollback ALTER TABLE widgets ADD price INT;");

        Cli.Run refused = cli(db).run("migrate");
        assertThat(refused.exit()).as(refused.all()).isEqualTo(3);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err()).contains("Risk findings that the policy stops on:")
                .contains("DS-DROP-COLUMN (D destructive) at statement 1 on widgets.price")
                .contains("modifier: widgets has 3 rows (< 10k): one down")
                .contains("final: medium, 15 points")
                .contains("error: confirmation required by policy built-in default policy: destructive change")
                .contains("run `schemactl approve " + V2 + "`");
        assertThat(columns(db, "widgets")).as("nothing applied").contains("price");
        assertThat(trackingRows(db)).isEqualTo(1);

        String token = token(db, h -> ApprovalPlan.migrate(MigrationDirectory.load(dir.resolve("migrations")), ApprovalPlan.applied(h), null));
        Cli.Run approved = cli(db).run("migrate", "--confirm", token);
        assertThat(approved.exit()).as(approved.all()).isZero();
        assertThat(approved.err()).startsWith("approved by alice (terminal) at ");
        assertThat(approved.out()).contains("applied 1 migration: " + V2);
        assertThat(columns(db, "widgets")).doesNotContain("price");
        assertThat(ledger(db)).singleElement().satisfies(e -> assertThat(e.outcome()).isEqualTo("applied"));

        // the token was for that plan and is spent: the next destructive migration needs its own
        migration(V3, "drop_name", engine, "ALTER TABLE widgets DROP COLUMN name;\n--rollback ALTER TABLE widgets ADD name VARCHAR(50);");
        Cli.Run again = cli(db).env("SCHEMACTL_CONFIRM_TOKEN", token).run("up");
        assertThat(again.exit()).as(again.all()).isEqualTo(3);
        assertThat(again.err()).contains("approval token refused").contains("schemactl approve " + V3);
        assertThat(columns(db, "widgets")).contains("name");
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void rollingBackACreateTableOfATableWithRowsIsADropAndNeedsApproval(EngineKind engine) throws Exception {
        TestDatabase db = database(engine);
        widgetsWithRows(db, engine);
        Cli.Run refused = cli(db).run("rollback");
        assertThat(refused.exit()).as(refused.all()).isEqualTo(3);
        assertThat(refused.err()).contains("DS-DROP-TABLE (D destructive) at statement 1 on widgets")
                .contains("run `schemactl approve --rollback --steps 1`");
        assertThat(tables(db)).contains("widgets");
        assertThat(trackingRows(db)).isEqualTo(1);

        Cli.Run json = cli(db).run("down", "--format", "json", "--env", "staging");
        assertThat(json.exit()).isEqualTo(3);
        var error = Json.MAPPER.readTree(json.out()).path("error");
        assertThat(error.path("code").asString()).isEqualTo("CONFIRMATION");
        assertThat(error.path("approveCommand").asString()).isEqualTo("schemactl approve --rollback --steps 1 --env staging");
        List<String> rules = new ArrayList<>();
        error.path("report").path("findings").forEach(f -> rules.add(f.path("ruleId").asString()));
        // on PostgreSQL also BP-LOCK-TIMEOUT (low): 15 + floor(5 / 4)
        assertThat(rules).contains("DS-DROP-TABLE");
        assertThat(error.path("report").path("score").asInt()).isEqualTo(engine == EngineKind.POSTGRESQL ? 16 : 15);
        assertThat(error.path("decision").path("action").asString()).isEqualTo("REQUIRE_CONFIRMATION");

        String token = token(db, h -> ApprovalPlan.rollback(MigrationDirectory.load(dir.resolve("migrations")),
                ApprovalPlan.applied(h), 1, null));
        Cli.Run down = cli(db).env("SCHEMACTL_CONFIRM_TOKEN", token).run("down");
        assertThat(down.exit()).as(down.all()).isZero();
        assertThat(tables(db)).doesNotContain("widgets");
        assertThat(ledger(db)).singleElement().satisfies(e -> assertThat(e.outcome()).isEqualTo("applied"));
    }

    @Test
    void aDeniedPlanNeverRunsAndAnotherPolicyCanAllowIt() throws Exception {
        TestDatabase db = database(EngineKind.POSTGRESQL);
        widgetsWithRows(db, EngineKind.POSTGRESQL);
        migration(V2, "drop_schema", EngineKind.POSTGRESQL, "DROP SCHEMA IF EXISTS audit CASCADE;\n--rollback CREATE SCHEMA audit;");
        String token = token(db, h -> ApprovalPlan.migrate(MigrationDirectory.load(dir.resolve("migrations")), ApprovalPlan.applied(h), null));
        Cli.Run denied = cli(db).run("migrate", "--confirm", token);
        assertThat(denied.exit()).isEqualTo(3);
        assertThat(denied.err()).contains("DS-DROP-SCHEMA").contains("error: refused by policy built-in default policy: "
                + "dropping a whole schema is never done through schemactl");
        assertThat(trackingRows(db)).isEqualTo(1);
        assertThat(ledger(db)).as("a deny consumes no token").isEmpty();

        Files.createDirectories(dir.resolve("policies"));
        Files.copy(Path.of("..", "policies", "dev.yaml").toAbsolutePath().normalize(), dir.resolve("policies/dev.yaml"));
        Cli.Run dev = cli(db).run("migrate", "--policy", "policies/dev.yaml");
        assertThat(dev.exit()).as(dev.all()).isZero();
        assertThat(trackingRows(db)).isEqualTo(2);
    }

    @Test
    void anEmptyTableDropsWithoutApproval() throws Exception {
        TestDatabase db = database(EngineKind.H2);
        migration(V1, "create_widgets", EngineKind.H2, "CREATE TABLE widgets (id INT PRIMARY KEY);\n--rollback DROP TABLE widgets;");
        assertThat(cli(db).run("up").exit()).isZero();
        Cli.Run lint = cli(db).run("lint", "migrations/versions/" + V1 + "_create_widgets.sql");
        assertThat(lint.exit()).isZero();
        Cli.Run rollback = cli(db).run("rollback");
        assertThat(rollback.exit()).as("DS-DROP-TABLE on an empty table is info: " + rollback.all()).isZero();
        assertThat(tables(db)).doesNotContain("widgets");
    }

    @Test
    void approveShowsTheRealFindingsAndItsTokenLetsTheGateThroughOnce() throws Exception {
        TestDatabase db = database(EngineKind.H2);
        widgetsWithRows(db, EngineKind.H2);
        migration(V2, "drop_price", EngineKind.H2, "ALTER TABLE widgets DROP COLUMN price;\n--rollback ALTER TABLE widgets ADD price INT;");
        Files.writeString(dir.resolve("ci.yaml"), """
                version: 1
                confirmation:
                  allow_ci_environments: [ci]
                rules:
                  - match: {category: D, severity_at_least: low}
                    action: require_confirmation
                    reason: destructive change
                default: allow
                """);
        Cli.Run refused = cli(db).run("migrate", "--policy", "ci.yaml", "--env", "ci");
        assertThat(refused.exit()).isEqualTo(3);
        assertThat(refused.err()).contains("run `schemactl approve " + V2 + " --env ci`");

        // issue 9: allow_ci_environments no longer lets approve run without a terminal
        Cli.Run noTerminal = cli(db).run("approve", V2, "--env", "ci", "--policy", "ci.yaml");
        assertThat(noTerminal.exit()).isEqualTo(3);
        assertThat(noTerminal.out()).isEmpty();
        Cli.Run approve = cli(db).terminal("widgets\n").run("approve", V2, "--env", "ci", "--policy", "ci.yaml");
        assertThat(approve.exit()).as(approve.all()).isZero();
        assertThat(approve.err()).contains("[medium] DS-DROP-COLUMN (D destructive) on widgets.price: drops column widgets.price")
                .contains("safer: expand/contract").contains("Policy ci.yaml: require_confirmation — destructive change");
        String token = approve.out().strip();

        Cli.Run run = cli(db).run("migrate", "--policy", "ci.yaml", "--env", "ci", "--confirm", token);
        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(columns(db, "widgets")).doesNotContain("price");
        assertThat(cli(db).run("rollback", "--policy", "ci.yaml", "--env", "ci").exit()).as("re-adding a column is allowed").isZero();
        Cli.Run replay = cli(db).run("migrate", "--policy", "ci.yaml", "--env", "ci", "--confirm", token);
        assertThat(replay.exit()).isEqualTo(3);
        assertThat(replay.err()).contains("already used");
        assertThat(columns(db, "widgets")).contains("price");
    }

    /**
     * Issue 9, attack 7: the agent picks its own key in SCHEMACTL_APPROVAL_KEY and signs its own token. Refused: the
     * key no longer comes from the environment, so the token is checked against nothing the agent chose, and nothing runs.
     */
    @Test
    void aTokenSignedWithAKeyTheAgentPutInTheEnvironmentIsRefused() throws Exception {
        TestDatabase db = database(EngineKind.H2);
        widgetsWithRows(db, EngineKind.H2);
        migration(V2, "drop_price", EngineKind.H2, "ALTER TABLE widgets DROP COLUMN price;\n--rollback ALTER TABLE widgets ADD price INT;");
        byte[] agentKey = "the agent's own key, 32 bytes or more!!".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String token;
        try (DatabaseHandle h = DatabaseHandle.open(db.url(), Duration.ofSeconds(10))) {
            ApprovalPlan plan = ApprovalPlan.migrate(MigrationDirectory.load(dir.resolve("migrations")), ApprovalPlan.applied(h), null);
            token = new ApprovalTokens(ApprovalKey.of(agentKey, "agent"), Clock.systemUTC())
                    .mint(plan.digest(), DatabaseFingerprint.of(h), Duration.ofMinutes(15), "agent", "terminal");
        }
        Cli.Run run = cli(db).env(ApprovalKey.ENV, new String(agentKey, java.nio.charset.StandardCharsets.UTF_8))
                .run("migrate", "--confirm", token);
        assertThat(run.exit()).as(run.all()).isEqualTo(3);
        assertThat(run.err()).contains("SCHEMACTL_APPROVAL_KEY is set, but schemactl no longer takes the approval key from the environment");
        assertThat(columns(db, "widgets")).contains("price");
        // and approve will not mint with it either
        Cli.Run approve = cli(db).env(ApprovalKey.ENV, "x".repeat(40)).terminal("widgets\n").run("approve");
        assertThat(approve.exit()).isEqualTo(2);
        assertThat(approve.out()).isEmpty();
        assertThat(approve.err()).contains("SCHEMACTL_APPROVAL_KEY is set");
    }

    // ------------------------------------------------------------------ lint

    @Test
    void lintPrintsTheReportAndFailsOnAThreshold() throws Exception {
        TestDatabase db = database(EngineKind.POSTGRESQL);
        widgetsWithRows(db, EngineKind.POSTGRESQL);
        Files.writeString(dir.resolve("change.sql"), """
                ALTER TABLE widgets DROP COLUMN price;
                CREATE INDEX widgets_name ON widgets (name);
                VACUUM FULL widgets;
                """);
        Cli.Run text = cli(db).run("lint", "change.sql");
        assertThat(text.exit()).as(text.all()).isZero();
        System.out.println(text.out());
        assertThat(text.out()).startsWith("Risk of change.sql on ").contains("(PostgreSQL 15")
                .contains("DS-DROP-COLUMN (D destructive) at statement 1 on widgets.price")
                .contains("LK-CREATE-INDEX (L lock/rewrite) at statement 2 on widgets")
                .contains("UNKNOWN-STATEMENT (L lock/rewrite) at statement 3")
                .contains("score = min(100, ").contains("rollback on failure: none: statement 1 drops column widgets.price");

        Cli.Run json = cli(db).run("score", "change.sql", "--format", "json");
        assertThat(json.exit()).isZero();
        var tree = Json.MAPPER.readTree(json.out());
        assertThat(tree.path("subject").asString()).isEqualTo("change.sql");
        assertThat(tree.path("statements").asInt()).isEqualTo(3);
        assertThat(tree.path("report").path("findings").size()).isEqualTo(4);
        assertThat(tree.path("report").path("findings").get(1).path("modifiers").get(0).path("reason").asString())
                .contains("widgets has 3 rows");
        assertThat(tree.path("report").path("band").asString()).isEqualTo("medium");

        Cli.Run fails = cli(db).run("lint", "change.sql", "--fail-on", "medium");
        assertThat(fails.exit()).isEqualTo(1);
        assertThat(fails.err()).contains("lint: DS-DROP-COLUMN at statement 1 is medium (--fail-on medium)");
        assertThat(cli(db).run("lint", "change.sql", "--fail-on", "high").exit()).isZero();
        assertThat(cli(db).run("lint", "change.sql", "--fail-on", "20").exit()).isEqualTo(1);
        assertThat(cli(db).run("lint", "change.sql", "--fail-on", "90").exit()).isZero();
        Cli.Run bad = cli(db).run("lint", "change.sql", "--fail-on", "scary");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("invalid --fail-on 'scary'");
        assertThat(cli(db).run("lint", "change.sql", "--pending").exit()).isEqualTo(2);
        assertThat(cli(db).run("lint", "missing.sql").exit()).isEqualTo(1);
    }

    @Test
    void lintPendingScoresWhatMigrateWouldRun() throws Exception {
        TestDatabase db = database(EngineKind.MARIADB);
        widgetsWithRows(db, EngineKind.MARIADB);
        migration(V2, "reshape", EngineKind.MARIADB, """
                ALTER TABLE widgets MODIFY COLUMN name VARCHAR(10) NULL;
                ALTER TABLE widgets ADD COLUMN sku VARCHAR(20) NOT NULL;
                --rollback ALTER TABLE widgets DROP COLUMN sku;
                --rollback ALTER TABLE widgets MODIFY COLUMN name VARCHAR(50) NULL;""");
        Cli.Run pending = cli(db).run("lint");
        assertThat(pending.exit()).as(pending.all()).isZero();
        assertThat(pending.out()).contains("Risk of pending migrations " + V2)
                .contains("DD-NARROW-TYPE (D destructive) at statement 1 on widgets.name")
                .contains("LK-CHANGE-TYPE (L lock/rewrite) at statement 1 on widgets.name")
                .contains("DD-ADD-REQUIRED-COLUMN (F may fail on data) at statement 2 on widgets.sku")
                .contains("TX-NON-TRANSACTIONAL (T transaction) at statement 2")
                .contains("rollback on failure: none: statement 1 narrows widgets.name");
        assertThat(cli(db).run("lint", "--pending", "--fail-on", "low").exit()).isEqualTo(1);
    }
}
