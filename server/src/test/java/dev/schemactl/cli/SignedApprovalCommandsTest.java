package dev.schemactl.cli;

import dev.schemactl.engine.DatabaseHandle;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.migration.MigrationDirectory;
import dev.schemactl.policy.ApprovalKey;
import dev.schemactl.policy.ApprovalLedger;
import dev.schemactl.policy.ApprovalTokens;
import dev.schemactl.policy.AuditLedger;
import dev.schemactl.policy.DatabaseFingerprint;
import dev.schemactl.service.ApprovalPlan;
import dev.schemactl.testing.Cli;
import dev.schemactl.testing.DbFacts;
import dev.schemactl.testing.MigrationFiles;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Local mode with allowed_signers (issue 9): `schemactl approve` signs with the real `ssh-keygen -Y sign`, `migrate
 * --confirm FILE` verifies with public keys only, once; HMAC tokens, edited approvals and too few approvers are
 * refused; a looser --policy is warned about; every decision is in the audit ledger (read back with plain SQL too).
 */
class SignedApprovalCommandsTest {
    private static final String V1 = "20260101000000";
    private static final String V2 = "20260102000000";
    private static final String V3 = "20260103000000";

    @TempDir
    Path dir;
    private final List<TestDatabase> databases = new ArrayList<>();
    private Path alice;
    private Path bob;

    @AfterEach
    void drop() {
        databases.forEach(TestDatabase::close);
    }

    private TestDatabase project(EngineKind engine, String policyExtra) throws Exception {
        TestDatabase db = TestDatabase.create(engine);
        databases.add(db);
        Path keys = Files.createDirectories(dir.resolve("keys"));
        alice = keygen(keys, "alice");
        bob = keygen(keys, "bob");
        Files.writeString(keys.resolve("allowed_signers"), "alice@example.com " + Files.readString(Path.of(alice + ".pub"))
                + "bob@example.com " + Files.readString(Path.of(bob + ".pub")));
        String policy = new String(dev.schemactl.policy.Policy.class.getResourceAsStream("/policies/default.yaml").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8) + policyExtra;
        Files.writeString(dir.resolve("policy.yaml"), policy);
        Files.writeString(dir.resolve("schemactl.yaml"), "policy: policy.yaml\napprovals:\n  allowed_signers: keys/allowed_signers\n");
        MigrationFiles.write(dir, V1, "create_widgets", engine,
                "CREATE TABLE widgets (id INT PRIMARY KEY, name VARCHAR(50), price INT);\n--rollback DROP TABLE widgets;");
        Cli.Run up = cli(db).run("up");
        assertThat(up.exit()).as(up.all()).isZero();
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("INSERT INTO widgets (id, name, price) VALUES (1, 'a', 10), (2, 'b', 20), (3, 'c', 30)");
        }
        MigrationFiles.write(dir, V2, "drop_price", engine, "ALTER TABLE widgets DROP COLUMN price;\n--rollback ALTER TABLE widgets ADD price INT;");
        return db;
    }

    private static Path keygen(Path dir, String name) {
        Path key = dir.resolve(name);
        dev.schemactl.policy.ssh.OpenSshProcess.run(List.of("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", name, "-f", key.toString()));
        return key;
    }

    private Cli cli(TestDatabase db) {
        return new Cli(dir).env("DATABASE_URL", db.urlText()).env("XDG_CONFIG_HOME", dir.resolve("config").toString());
    }

    private List<AuditLedger.Entry> audit(TestDatabase db) {
        try (DatabaseHandle h = DatabaseHandle.open(db.url(), Duration.ofSeconds(10))) {
            return new AuditLedger(h, Clock.systemUTC()).entries(100);
        }
    }

    @ParameterizedTest
    @EnumSource(value = EngineKind.class, names = {"H2", "POSTGRESQL", "MARIADB"})
    void aSignedApprovalLetsExactlyThatPlanRunOnce(EngineKind engine) throws Exception {
        TestDatabase db = project(engine, "");
        Cli.Run refused = cli(db).run("migrate");
        assertThat(refused.exit()).as(refused.all()).isEqualTo(3);
        assertThat(DbFacts.columns(db, "widgets")).contains("price");

        // the agent's way: an HMAC token it minted with the developer's key file is not accepted here
        String token;
        try (DatabaseHandle h = DatabaseHandle.open(db.url(), Duration.ofSeconds(10))) {
            ApprovalPlan plan = ApprovalPlan.migrate(MigrationDirectory.load(dir.resolve("migrations")), ApprovalPlan.applied(h), null);
            token = new ApprovalTokens(ApprovalKey.loadOrCreate(Map.of("XDG_CONFIG_HOME", dir.resolve("config").toString())),
                    Clock.systemUTC()).mint(plan.digest(), DatabaseFingerprint.of(h), Duration.ofMinutes(15), "agent", "terminal");
        }
        Cli.Run hmac = cli(db).run("migrate", "--confirm", token);
        assertThat(hmac.exit()).isEqualTo(3);
        assertThat(hmac.err()).contains("signed approval refused (malformed token): this project requires SSH-signed approvals");
        assertThat(DbFacts.columns(db, "widgets")).contains("price");

        // the human: reads the SQL and findings, types the table's name, signs with ssh-keygen
        Path approval = dir.resolve("approval.txt");
        Cli.Run approve = cli(db).terminal("widgets\n").run("approve", "--key", alice.toString(), "--out", approval.toString());
        assertThat(approve.exit()).as(approve.all()).isZero();
        assertThat(approve.err()).contains("ALTER TABLE widgets DROP COLUMN price").contains("DS-DROP-COLUMN")
                .contains("You are signing (ssh-keygen -Y sign -n schemactl-approval):").contains("operation: apply\ntarget: local\n")
                .contains("signed by alice@example.com (ssh-ed25519 SHA256:");
        assertThat(Files.readString(approval)).startsWith("schemactl approval v1\n").contains("-----BEGIN SSH SIGNATURE-----");

        // an edited approval (nonce changed to dodge the single-use check) no longer verifies
        String text = Files.readString(approval);
        String nonceLine = text.lines().filter(l -> l.startsWith("nonce: ")).findFirst().orElseThrow();
        Path edited = dir.resolve("edited.txt");
        Files.writeString(edited, text.replace(nonceLine, "nonce: AAAAAAAAAAAAAAAAAAAAAA"));
        Cli.Run forged = cli(db).run("migrate", "--confirm", edited.toString());
        assertThat(forged.exit()).isEqualTo(3);
        assertThat(forged.err()).contains("signed approval refused (bad signature)");

        Cli.Run run = cli(db).run("migrate", "--confirm", approval.toString());
        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(run.err()).contains("approved by alice@example.com (SSH signature)");
        assertThat(DbFacts.columns(db, "widgets")).doesNotContain("price");

        // once: the same approval for the next identical plan is refused
        assertThat(cli(db).run("rollback", "--confirm", approval.toString()).exit()).as("re-adding a column is allowed").isZero();
        Cli.Run replay = cli(db).run("migrate", "--confirm", approval.toString());
        assertThat(replay.exit()).isEqualTo(3);
        assertThat(replay.err()).contains("already used");
        assertThat(DbFacts.columns(db, "widgets")).contains("price");

        try (DatabaseHandle h = DatabaseHandle.open(db.url(), Duration.ofSeconds(10))) {
            assertThat(new ApprovalLedger(h, Clock.systemUTC()).entries()).singleElement().satisfies(e -> {
                assertThat(e.approver()).isEqualTo("alice@example.com");
                assertThat(e.outcome()).isEqualTo("applied");
            });
        }
        List<AuditLedger.Entry> audit = audit(db);
        assertThat(audit).extracting(AuditLedger.Entry::outcome)
                .containsExactly("applied", "refused", "refused", "refused", "applied", "rolled_back", "refused");
        AuditLedger.Entry applied = audit.get(4);
        assertThat(applied.signers()).isEqualTo("alice@example.com");
        assertThat(applied.findings()).contains("DS-DROP-COLUMN");
        assertThat(applied.decision()).isEqualTo("require_confirmation");
        assertThat(applied.policySource()).isEqualTo("policy.yaml");
        assertThat(applied.policyDigest()).isEqualTo(dev.schemactl.policy.Policy.digestOf(dir.resolve("policy.yaml")));
        assertThat(audit.get(1).detail()).contains("confirmation required by policy policy.yaml");
        // independent read with plain SQL
        try (Connection c = db.connect(); Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT COUNT(*) FROM schema_migrations_audit WHERE outcome = 'refused'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(4);
        }
        Cli.Run status = cli(db).run("status", "--audit");
        assertThat(status.exit()).as(status.all()).isZero();
        assertThat(status.out()).contains("approved by: alice@example.com").contains("policy: policy.yaml (sha256:");
    }

    @Test
    void aRuleThatNeedsTwoApproversNeedsTwoDistinctSigners() throws Exception {
        TestDatabase db = project(EngineKind.H2, "");
        Files.writeString(dir.resolve("policy.yaml"), """
                version: 1
                rules:
                  - match: {rule: DS-DROP-COLUMN}
                    action: require_confirmation
                    reason: two people drop a column
                    approvals: 2
                default: allow
                """);
        Path approval = dir.resolve("approval.txt");
        assertThat(cli(db).terminal("widgets\n").run("approve", "--key", alice.toString(), "--out", approval.toString()).exit()).isZero();
        Cli.Run one = cli(db).run("migrate", "--confirm", approval.toString());
        assertThat(one.exit()).isEqualTo(3);
        assertThat(one.err()).contains("signed approval refused (not enough approvers): the policy requires 2 distinct approvers, "
                + "but only 1 signed (alice@example.com)");

        // alice signing twice is still one approver
        Cli.Run again = cli(db).terminal("widgets\n").run("approve", "--key", alice.toString(), "--cosign", approval.toString());
        assertThat(again.exit()).as(again.all()).isZero();
        assertThat(cli(db).run("migrate", "--confirm", approval.toString()).err()).contains("not enough approvers");

        Cli.Run cosign = cli(db).terminal("widgets\n").run("approve", "--key", bob.toString(), "--cosign", approval.toString());
        assertThat(cosign.exit()).as(cosign.all()).isZero();
        assertThat(cosign.err()).contains("signers: alice@example.com, alice@example.com, bob@example.com");
        Cli.Run run = cli(db).run("migrate", "--confirm", approval.toString());
        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(run.err()).contains("approved by alice@example.com, bob@example.com (SSH signatures)");
        assertThat(DbFacts.columns(db, "widgets")).doesNotContain("price");
    }

    @Test
    void aLooserPolicyFromTheCommandLineIsWarnedAboutAndRecorded() throws Exception {
        TestDatabase db = project(EngineKind.H2, "");
        Files.writeString(dir.resolve("allow.yaml"), "version: 1\nrules: []\ndefault: allow\n");
        Cli.Run run = cli(db).run("up", "--policy", "allow.yaml");
        // local mode cannot stop it (whoever runs schemactl can edit the project): it says so and records it
        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(run.err()).contains("warning: policy allow.yaml (sha256:")
                .contains("from --policy) is looser than the project's policy policy.yaml: it says allow where the project's says "
                        + "require_confirmation");
        List<AuditLedger.Entry> audit = audit(db);
        assertThat(audit).extracting(AuditLedger.Entry::outcome).containsExactly("applied", "warning", "applied");
        assertThat(audit.get(1).detail()).contains("is looser than the project's policy policy.yaml");
        assertThat(audit.get(2).policySource()).isEqualTo("allow.yaml");
        assertThat(audit.get(2).policyDigest()).isEqualTo(dev.schemactl.policy.Policy.digestOf(dir.resolve("allow.yaml")));

        // SCHEMACTL_POLICY in .env is the same kind of override
        MigrationFiles.write(dir, V3, "drop_name", EngineKind.H2, "ALTER TABLE widgets DROP COLUMN name;\n--rollback ALTER TABLE widgets ADD name VARCHAR(50);");
        Files.writeString(dir.resolve(".env"), "SCHEMACTL_POLICY=allow.yaml\n");
        Cli.Run dotEnv = cli(db).run("up");
        assertThat(dotEnv.exit()).isZero();
        assertThat(dotEnv.err()).contains("from .env) is looser than the project's policy");
    }
}
