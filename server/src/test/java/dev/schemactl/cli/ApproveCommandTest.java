package dev.schemactl.cli;

import dev.schemactl.engine.DatabaseHandle;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.error.SchemactlException;
import dev.schemactl.migration.MigrationDirectory;
import dev.schemactl.migration.MigrationFile;
import dev.schemactl.policy.ApprovalKey;
import dev.schemactl.policy.ApprovalLedger;
import dev.schemactl.policy.ApprovalRefused;
import dev.schemactl.policy.ApprovalToken;
import dev.schemactl.policy.Policy;
import dev.schemactl.risk.Category;
import dev.schemactl.risk.Finding;
import dev.schemactl.risk.RiskReport;
import dev.schemactl.risk.Severity;
import dev.schemactl.service.ApprovalPlan;
import dev.schemactl.service.PlanScorer;
import dev.schemactl.service.PolicyGate;
import dev.schemactl.testing.MigrationFiles;
import dev.schemactl.testing.Cli;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * `schemactl approve` in-process against real databases. The test replaces the registered command with one whose risk
 * scorer it chooses (the exception handling mirrors Main's).
 */
class ApproveCommandTest {
    private static final String V1 = "20260101000000";
    private static final String V2 = "20260102000000";

    @TempDir
    Path dir;
    private final List<TestDatabase> databases = new ArrayList<>();
    private final Map<String, String> env = new HashMap<>();

    @AfterEach
    void dropDatabases() {
        databases.forEach(TestDatabase::close);
    }

    private TestDatabase database(EngineKind engine) {
        TestDatabase db = TestDatabase.create(engine);
        databases.add(db);
        env.put("DATABASE_URL", db.urlText());
        env.put("XDG_CONFIG_HOME", dir.resolve("config").toString());
        return db;
    }

    private Cli.Run approve(boolean interactive, String typed, PlanScorer scorer, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliContext context = new CliContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)), Map.copyOf(env), dir, interactive);
        // the registered approve command, built with this test's scorer
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == ApproveCommand.class) return type.cast(new ApproveCommand(scorer, Clock.systemUTC()));
                return CommandLine.defaultFactory().create(type);
            }
        };
        List<String> all = new ArrayList<>(List.of("approve"));
        all.addAll(List.of(args));
        CommandLine cli = SchemactlCommand.commandLine(new SchemactlCommand(context), factory, all.toArray(String[]::new));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (!(e instanceof SchemactlException s)) throw e;
            context.err().println("error: " + s.oneLine());
            return s.code().exitCode();
        });
        int exit = cli.execute(all.toArray(String[]::new));
        return new Cli.Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Cli.Run approve(String... args) {
        return approve(false, "", PlanScorer.NONE, args);
    }

    /** A human at a terminal who types "approve" (the phrase for a plan without findings). */
    private Cli.Run human(String... args) {
        return approve(true, "approve\n", PlanScorer.NONE, args);
    }

    private static PlanScorer findings(Finding... findings) {
        return (plan, db) -> RiskReport.of(List.of(findings), "data lost");
    }

    private void migration(String version, String slug, EngineKind engine, String changeset) throws IOException {
        MigrationFiles.write(dir, version, slug, engine, changeset);
    }

    private void twoMigrations(EngineKind engine) throws IOException {
        migration(V1, "create_widgets", engine,
                "CREATE TABLE widgets (id INT PRIMARY KEY, name VARCHAR(50));\n--rollback DROP TABLE widgets;");
        migration(V2, "add_price", engine, "ALTER TABLE widgets ADD price INT;\n--rollback ALTER TABLE widgets DROP COLUMN price;");
    }

    private Path ciPolicy() throws IOException {
        Path policy = dir.resolve("policy.yaml");
        Files.writeString(policy, """
                version: 1
                confirmation:
                  expiry: 10m
                  allow_ci_environments: [ci]
                rules:
                  - match: {score_at_least: 0}
                    action: require_confirmation
                    reason: every change needs a human here
                """);
        env.put("SCHEMACTL_POLICY", policy.toString());
        return policy;
    }

    private PolicyGate.Verdict gate(TestDatabase db, ApprovalPlanKind kind, String token) {
        Policy policy = Policy.load(dir.resolve("policy.yaml"));
        List<MigrationFile> files = MigrationDirectory.load(dir.resolve("migrations"));
        RiskReport report = RiskReport.of(List.of(Finding.of("DS-ANY", Category.L, 1, "widgets", null, Severity.LOW, List.of(),
                "m", null)), "full");
        try (DatabaseHandle h = DatabaseHandle.open(db.url(), Duration.ofSeconds(10))) {
            ApprovalPlan plan = kind == ApprovalPlanKind.MIGRATE ? ApprovalPlan.migrate(files, ApprovalPlan.applied(h), null)
                    : ApprovalPlan.rollback(files, ApprovalPlan.applied(h), 1, null);
            PolicyGate gate = PolicyGate.fromEnvironment(policy, Map.copyOf(env));
            PolicyGate.Verdict verdict = gate.check(report, plan, h, "ci", token);
            if (verdict.allowed()) gate.recordOutcome(h, verdict, true);
            return verdict;
        }
    }

    private enum ApprovalPlanKind { MIGRATE, ROLLBACK }

    // --- no terminal ---------------------------------------------------------------------------------

    @Test
    void refusesWithoutATerminalWithExitCode3() throws Exception {
        TestDatabase db = database(EngineKind.H2);
        twoMigrations(EngineKind.H2);
        Cli.Run run = approve();
        assertThat(run.exit()).as(run.all()).isEqualTo(3);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("error: approve needs a human at an interactive terminal, and stdin is not one — ");
        assertThat(ApprovalKey.file(env)).doesNotExist();

        env.put("SCHEMACTL_ENV", "ci");
        Cli.Run ci = approve();
        assertThat(ci.exit()).isEqualTo(3);
        assertThat(ci.out()).isEmpty();

        // issue 9 (this test asserted the bypass before): a policy in the checkout that lists the agent's own
        // environment in allow_ci_environments no longer lets approve mint a token without a terminal
        ciPolicy();
        for (String environment : new String[]{"ci", "production"}) {
            Cli.Run listed = approve("--env", environment);
            assertThat(listed.exit()).as(listed.all()).isEqualTo(3);
            assertThat(listed.out()).isEmpty();
            assertThat(listed.err()).contains("approve needs a human at an interactive terminal")
                    .contains("policy.yaml's confirmation.allow_ci_environments is no longer honoured");
        }
        assertThat(ApprovalKey.file(env)).doesNotExist();
        try (var c = db.connect(); var rs = c.getMetaData().getTables(null, null, "SCHEMA_MIGRATIONS_META", null)) {
            assertThat(rs.next()).as("a refused approve leaves the database alone").isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(value = EngineKind.class, names = {"H2", "POSTGRESQL"})
    void atATerminalItPrintsATokenThatVerifies(EngineKind engine) throws IOException {
        TestDatabase db = database(engine);
        twoMigrations(engine);
        ciPolicy();
        Cli.Run run = human("--env", "ci");
        assertThat(run.exit()).as(run.all()).isZero();
        String token = run.out().strip();
        assertThat(run.out()).isEqualTo(token + "\n");
        assertThat(token).startsWith("sc1.");
        assertThat(run.err()).contains("Plan to approve: migrate " + V1 + ", " + V2)
                .contains("-- apply versions/" + V1 + "_create_widgets.sql changeset test:" + V1 + "-1\nCREATE TABLE widgets")
                .contains("ALTER TABLE widgets ADD price INT;")
                .contains("Policy policy.yaml: require_confirmation — every change needs a human here")
                .contains("approved by " + System.getProperty("user.name") + " (terminal), valid once until");
        assertThat(ApprovalKey.file(env)).exists();
        ApprovalToken payload = ApprovalToken.decode(token);
        assertThat(payload.method()).isEqualTo("terminal");
        assertThat(Duration.between(payload.issuedAt(), payload.expiresAt())).isEqualTo(Duration.ofMinutes(10));

        PolicyGate.Verdict verdict = gate(db, ApprovalPlanKind.MIGRATE, token);
        assertThat(verdict.outcome()).as(verdict.message()).isEqualTo(PolicyGate.Outcome.ALLOWED);
        assertThat(verdict.approval().nonce()).isEqualTo(payload.nonce());
        try (DatabaseHandle h = DatabaseHandle.open(db.url(), Duration.ofSeconds(10))) {
            assertThat(new ApprovalLedger(h, Clock.systemUTC()).entries()).singleElement().satisfies(e -> {
                assertThat(e.nonce()).isEqualTo(payload.nonce());
                assertThat(e.outcome()).isEqualTo("applied");
            });
        }
        PolicyGate.Verdict again = gate(db, ApprovalPlanKind.MIGRATE, token);
        assertThat(again.refusal()).isEqualTo(ApprovalRefused.Check.REPLAY);
    }

    @Test
    void approvingOneVersionDoesNotApproveAllPending() throws IOException {
        TestDatabase db = database(EngineKind.H2);
        twoMigrations(EngineKind.H2);
        ciPolicy();
        Cli.Run run = human("--env", "ci", V2);
        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(run.err()).contains("Plan to approve: migrate " + V2 + " on").doesNotContain("CREATE TABLE widgets");
        // `migrate` would run V1 and V2: another plan
        PolicyGate.Verdict verdict = gate(db, ApprovalPlanKind.MIGRATE, run.out().strip());
        assertThat(verdict.refusal()).isEqualTo(ApprovalRefused.Check.PLAN);
        assertThat(verdict.approveCommand()).isEqualTo("schemactl approve " + V1 + " " + V2 + " --env ci");

        Cli.Run both = human("--env", "ci", V1, V2);
        assertThat(both.exit()).isZero();
        assertThat(gate(db, ApprovalPlanKind.MIGRATE, both.out().strip()).outcome()).isEqualTo(PolicyGate.Outcome.ALLOWED);
    }

    @Test
    void aRollbackIsApprovedAsItsRollbackSql() throws IOException {
        TestDatabase db = database(EngineKind.H2);
        twoMigrations(EngineKind.H2);
        Cli.Run up = new Cli(dir).env("DATABASE_URL", db.urlText()).run("up");
        assertThat(up.exit()).as(up.all()).isZero();
        ciPolicy();
        Cli.Run nothing = human("--env", "ci");
        assertThat(nothing.exit()).isEqualTo(1);
        assertThat(nothing.err()).contains("nothing to approve: no pending migrations");

        Cli.Run run = human("--env", "ci", "--rollback", "--steps", "1");
        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(run.err()).contains("Plan to approve: rollback " + V2)
                .contains("-- rollback versions/" + V2 + "_add_price.sql changeset test:" + V2 + "-1\nALTER TABLE widgets DROP COLUMN price;")
                .doesNotContain("DROP TABLE widgets");
        String token = run.out().strip();
        assertThat(gate(db, ApprovalPlanKind.MIGRATE, token).outcome()).as("not a migrate plan")
                .isEqualTo(PolicyGate.Outcome.CONFIRMATION_REQUIRED);
        assertThat(gate(db, ApprovalPlanKind.ROLLBACK, token).outcome()).isEqualTo(PolicyGate.Outcome.ALLOWED);
    }

    @Test
    void jsonOutputCarriesTheToken() throws IOException {
        database(EngineKind.H2);
        twoMigrations(EngineKind.H2);
        ciPolicy();
        Cli.Run run = human("--env", "ci", "--format", "json");
        assertThat(run.exit()).as(run.all()).isZero();
        var tree = Json.MAPPER.readTree(run.out());
        assertThat(tree.path("token").asString()).startsWith("sc1.");
        assertThat(tree.path("kind").asString()).isEqualTo("migrate");
        assertThat(tree.path("versions").size()).isEqualTo(2);
        assertThat(tree.path("planDigest").asString())
                .isEqualTo(ApprovalToken.decode(tree.path("token").asString()).planDigest());
    }

    @Test
    void usageErrors() throws IOException {
        database(EngineKind.H2);
        twoMigrations(EngineKind.H2);
        ciPolicy();
        Cli.Run steps = human("--env", "ci", "--steps", "2");
        assertThat(steps.exit()).isEqualTo(2);
        assertThat(steps.err()).contains("--steps and --to select a rollback; add --rollback");
        assertThat(human("--env", "ci", "--pending", V1).exit()).isEqualTo(2);
        assertThat(human("--env", "ci", "--rollback", "--steps", "1", "--to", V1).exit()).isEqualTo(2);
        Cli.Run unknown = human("--env", "ci", "20990101000000");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("no migration with version 20990101000000");
    }

    // --- at a terminal -------------------------------------------------------------------------------

    @Test
    void atATerminalTheHumanTypesApprove() throws IOException {
        database(EngineKind.H2);
        twoMigrations(EngineKind.H2);
        Cli.Run wrong = approve(true, "yes\n", PlanScorer.NONE);
        assertThat(wrong.exit()).isEqualTo(3);
        assertThat(wrong.out()).isEmpty();
        assertThat(wrong.err()).contains("Type 'approve' to approve this plan (anything else cancels): ")
                .contains("error: the confirmation did not match 'approve'; nothing was approved");
        assertThat(approve(true, "", PlanScorer.NONE).exit()).as("end of input cancels").isEqualTo(3);

        Cli.Run ok = approve(true, "approve\n", PlanScorer.NONE);
        assertThat(ok.exit()).as(ok.all()).isZero();
        assertThat(ok.out().strip()).startsWith("sc1.");
        assertThat(ApprovalToken.decode(ok.out().strip()).method()).isEqualTo("terminal");
        assertThat(ok.err()).contains("Risk: score 0 (none), no findings");
    }

    @Test
    void forADropTheHumanTypesTheTableName() throws IOException {
        database(EngineKind.H2);
        twoMigrations(EngineKind.H2);
        PlanScorer drop = findings(Finding.of("DS-DROP-TABLE", Category.D, 1, "widgets", null, Severity.HIGH, List.of(),
                "drops table widgets and its rows", "rename it first and drop it in a later release"));
        Cli.Run generic = approve(true, "approve\n", drop);
        assertThat(generic.exit()).isEqualTo(3);
        assertThat(generic.err()).contains("Type 'widgets' to approve dropping widgets (anything else cancels): ")
                .contains("[high] DS-DROP-TABLE (D destructive) on widgets: drops table widgets and its rows")
                .contains("safer: rename it first and drop it in a later release")
                .contains("Policy built-in default policy: require_confirmation — destructive change")
                .contains("rules[1] (line 12): require_confirmation for finding 1: DS-DROP-TABLE");
        Cli.Run typed = approve(true, "widgets\n", drop);
        assertThat(typed.exit()).as(typed.all()).isZero();
        assertThat(typed.out().strip()).startsWith("sc1.");
    }

    @Test
    void aDeniedPlanCannotBeApproved() throws IOException {
        database(EngineKind.H2);
        twoMigrations(EngineKind.H2);
        PlanScorer dropSchema = findings(Finding.of("DS-DROP-SCHEMA", Category.D, 1, null, null, Severity.CRITICAL, List.of(),
                "drops schema", null));
        Cli.Run run = approve(true, "approve\n", dropSchema);
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("error: policy built-in default policy denies this plan, and an approval cannot "
                + "override a deny: dropping a whole schema is never done through schemactl");
    }
}
