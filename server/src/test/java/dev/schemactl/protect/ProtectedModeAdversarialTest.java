package dev.schemactl.protect;

import dev.schemactl.cli.CliContext;
import dev.schemactl.cli.Json;
import dev.schemactl.cli.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The protected-mode gate against an agent with a shell (issue 9). The server runs as the OS user schemactl-srv with
 * its config readable only by it; the "agent" runs as schemactl-agent with a shell, its own project checkout, the MCP
 * URL and a bearer token, and tries every bypass it has. The databases live on a PostgreSQL cluster with scram-sha-256
 * password authentication on 127.0.0.1:5433 (.ci/run creates it), so the agent cannot fall back on the trust
 * authentication of the main cluster. Every attempt must be refused with a clear message, change nothing (checked with
 * catalog queries on the target database, not with schemactl's inspector) and appear in the audit ledger; a human's
 * real {@code ssh-keygen -Y sign} signature lets exactly the approved plan run once.
 *
 * <p>Needs root (to create the OS users and run processes as them), runuser, ssh-keygen, /usr/bin/python3 and the
 * scram cluster; skips with the reason otherwise, and fails instead under CI=true.
 */
@Tag("adversarial")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProtectedModeAdversarialTest {
    static final String SERVER_USER = "schemactl-srv";
    static final String AGENT_USER = "schemactl-agent";
    static final Path ADMIN_PASSWORD = Path.of("/var/lib/postgresql/15-scram-admin.password");
    static final String SCRAM = "jdbc:postgresql://127.0.0.1:5433/";
    static final String VERSION = "20370101000001";
    static final SecureRandom RANDOM = new SecureRandom();

    Path root;
    Path lib;
    Path serverDir;
    Path project;
    Path human;
    Path tools;
    String token;
    String role;
    String rolePassword;
    String adminPassword;
    Map<String, String> databases; // target -> database name
    Process server;
    String baseUrl;
    final List<String> serverLog = new ArrayList<>();

    @BeforeAll
    void setUp() throws Exception {
        requireEnvironment();
        ensureUser(SERVER_USER);
        ensureUser(AGENT_USER);
        root = Files.createTempDirectory("schemactl-adv-");
        sh("chmod", "755", root.toString());
        lib = copyClasspath(root.resolve("lib"));
        tools = Files.createDirectories(root.resolve("tools"));
        try (InputStream in = getClass().getResourceAsStream("/adversarial/mcp_call.py")) {
            Files.write(tools.resolve("mcp_call.py"), in.readAllBytes());
        }
        sh("chmod", "-R", "a+rX", tools.toString());

        String suffix = HexFormat.of().formatHex(bytes(4));
        role = "sc_srv_" + suffix;
        rolePassword = HexFormat.of().formatHex(bytes(16));
        databases = Map.of("prod", "sc_adv_prod_" + suffix, "staging", "sc_adv_staging_" + suffix, "brief", "sc_adv_brief_" + suffix);
        try (Connection c = admin("postgres"); Statement st = c.createStatement()) {
            st.execute("CREATE ROLE " + role + " LOGIN PASSWORD '" + rolePassword + "'");
            for (String db : databases.values()) st.execute("CREATE DATABASE " + db + " OWNER " + role);
        }
        for (String db : databases.values()) {
            try (Connection c = DriverManager.getConnection(SCRAM + db, role, rolePassword); Statement st = c.createStatement()) {
                st.execute("CREATE TABLE customers (id int PRIMARY KEY, full_name text NOT NULL, email text)");
                st.execute("INSERT INTO customers SELECT g, 'customer ' || g, 'c' || g || '@example.com' FROM generate_series(1, 50) g");
                st.execute("ANALYZE customers");
            }
        }

        project = Files.createDirectories(root.resolve("project"));
        Files.createDirectories(project.resolve("migrations/versions"));
        Files.writeString(project.resolve("migrations/versions/" + VERSION + "_drop_full_name.sql"), migration(""));
        Files.writeString(project.resolve("schemactl.yaml"), "migrations_dir: migrations\n");
        sh("chown", "-R", AGENT_USER + ":" + AGENT_USER, project.toString());
        sh("chmod", "-R", "u+rwX,go+rX,go-w", project.toString());

        human = Files.createDirectories(root.resolve("human"));
        sh("chmod", "700", human.toString());
        sh("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "alice", "-f", human.resolve("alice").toString());
        sh("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "bob", "-f", human.resolve("bob").toString());

        serverDir = Files.createDirectories(root.resolve("server"));
        token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(32));
        Files.writeString(serverDir.resolve("allowed_signers"),
                "alice@example.com " + pub("alice") + "\nbob@example.com " + pub("bob") + "\n");
        Files.writeString(serverDir.resolve("staging-policy.yaml"), """
                version: 1
                rules:
                  - match: {category: D, severity_at_least: low}
                    action: require_confirmation
                    approvals: 2
                    reason: two people approve a destructive change on staging
                default: allow
                """);
        Files.writeString(serverDir.resolve("server.yaml"), serverYaml());
        sh("chown", "-R", SERVER_USER + ":" + SERVER_USER, serverDir.toString());
        sh("chmod", "700", serverDir.toString());
        sh("chmod", "600", serverDir.resolve("server.yaml").toString());
        sh("chmod", "644", serverDir.resolve("allowed_signers").toString(), serverDir.resolve("staging-policy.yaml").toString());
        startServer();
    }

    @AfterAll
    void tearDown() throws Exception {
        if (server != null) {
            server.destroy();
            if (!server.waitFor(10, TimeUnit.SECONDS)) server.destroyForcibly();
        }
        if (databases != null && adminPassword != null) {
            try (Connection c = admin("postgres"); Statement st = c.createStatement()) {
                for (String db : databases.values()) st.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
                st.execute("DROP ROLE IF EXISTS " + role);
            }
        }
        if (root != null) sh("rm", "-rf", root.toString());
    }

    // ---------------------------------------------------------------- the agent's shell

    @Test
    @Order(1)
    void theAgentCannotReadTheServersConfigOrKeys() throws Exception {
        Run cat = asAgent("cat " + serverDir.resolve("server.yaml"));
        assertThat(cat.exit()).isNotZero();
        assertThat(cat.out()).contains("Permission denied").doesNotContain(rolePassword);
        Run ls = asAgent("ls " + serverDir + "; cat " + serverDir.resolve("allowed_signers") + "; cat " + human.resolve("alice"));
        assertThat(ls.out()).contains("Permission denied").doesNotContain("BEGIN OPENSSH PRIVATE KEY");
        Run procs = asAgent("cat /proc/" + server.pid() + "/environ /proc/" + server.pid() + "/cmdline 2>&1; "
                + "grep -r " + rolePassword + " /proc/" + server.pid() + "/ 2>&1 | head -3");
        assertThat(procs.out()).doesNotContain(rolePassword);
        assertUntouched("prod");
    }

    @Test
    @Order(2)
    void theAgentCannotReachTheDatabaseWithoutTheServersCredentials() throws Exception {
        String prod = databases.get("prod");
        for (String attempt : List.of(
                "psql -w -h 127.0.0.1 -p 5433 -U " + role + " -d " + prod + " -c 'ALTER TABLE customers DROP COLUMN full_name'",
                "PGPASSWORD=guess psql -w -h 127.0.0.1 -p 5433 -U " + role + " -d " + prod + " -c 'ALTER TABLE customers DROP COLUMN full_name'",
                "psql -w -h 127.0.0.1 -p 5433 -U postgres -d " + prod + " -c 'ALTER TABLE customers DROP COLUMN full_name'",
                "psql -w -h /var/run/postgresql -p 5433 -U " + AGENT_USER + " -d " + prod + " -c 'ALTER TABLE customers DROP COLUMN full_name'")) {
            Run run = asAgent(attempt);
            assertThat(run.exit()).as(attempt).isNotZero();
            assertThat(run.out()).as(attempt).containsAnyOf("password authentication failed", "no password supplied");
        }
        // schemactl itself, with a .env that names the database and a policy that allows everything
        asAgent("printf 'version: 1\\nrules: []\\ndefault: allow\\n' > allow.yaml; printf 'DATABASE_URL=postgres://" + role
                + "@127.0.0.1:5433/" + prod + "\\nSCHEMACTL_POLICY=allow.yaml\\n' > .env");
        Run up = asAgent(java() + " up --policy allow.yaml");
        assertThat(up.exit()).isNotZero();
        assertThat(up.out()).containsAnyOf("password", "authentication");
        assertUntouched("prod");
        asAgent("rm -f .env allow.yaml");
    }

    // ---------------------------------------------------------------- MCP only

    @Test
    @Order(3)
    void aDestructiveMigrationWaitsForAHumanWhateverTheAgentWritesOrPasses() throws Exception {
        JsonNode first = call("apply_migration", "{\"target\":\"prod\"}");
        assertConfirmationRequired(first, "prod");
        String planId = first.path("structuredContent").path("plan_id").asString();
        assertThat(planId).startsWith("p-");

        // the project's files: a loosening policy, schemactl.yaml pointing at it, a .env with SCHEMACTL_POLICY
        asAgent("printf 'version: 1\\nrules: []\\ndefault: allow\\n' > allow.yaml; printf 'policy: allow.yaml\\nmigrations_dir: migrations\\n'"
                + " > schemactl.yaml; printf 'SCHEMACTL_POLICY=allow.yaml\\nSCHEMACTL_ENV=dev\\nDATABASE_URL=postgres://x@127.0.0.1:5432/postgres\\n' > .env");
        JsonNode loosened = call("apply_migration", "{\"target\":\"prod\"}");
        assertConfirmationRequired(loosened, "prod");
        assertThat(loosened.path("structuredContent").path("plan_id").asString()).isEqualTo(planId);
        asAgent("rm -f .env allow.yaml; printf 'migrations_dir: migrations\\n' > schemactl.yaml");

        // arguments: a token, a policy path, policy YAML, a URL, SQL
        assertToolError(call("apply_migration", "{\"target\":\"prod\",\"confirmation_token\":\"sc1.AAAAAAAA.BBBBBBBB\"}"),
                "protected mode and takes no confirmation_token");
        assertToolError(call("apply_migration", "{\"target\":\"prod\",\"policy\":\"allow.yaml\"}"), "property 'policy' is not defined");
        assertToolError(call("apply_migration", "{\"target\":\"prod\",\"policy_yaml\":\"default: allow\"}"), "property 'policy_yaml' is not defined");
        assertToolError(call("diff_schema", "{\"target\":\"prod\",\"to_url\":\"postgres://postgres@127.0.0.1:5432/postgres\"}"),
                "to_url may only name a database this server's config lists");
        assertToolError(call("diff_schema", "{\"target\":\"prod\",\"to_sql\":\"schema.sql\"}"), "to_sql is not available");
        assertToolError(call("generate_migration", "{\"target\":\"prod\",\"message\":\"x\"}"), "not available on a protected server");
        assertToolError(call("apply_migration", "{\"target\":\"nope\"}"), "no target 'nope'");
        assertToolError(call("apply_migration", "{}"), "several targets");

        // a client that declares elicitation and answers its own form
        JsonNode elicited = mcp("apply_migration", "{\"target\":\"prod\"}", "customers");
        assertThat(elicited.path("elicitations").asInt()).isZero();
        assertConfirmationRequired(elicited.path("result"), "prod");

        // a wrong bearer token
        Run wrong = asAgent("/usr/bin/python3 " + tools.resolve("mcp_call.py") + " " + baseUrl + "/mcp not-the-token migration_status '{}'");
        assertThat(Json.MAPPER.readTree(wrong.out()).path("http").asInt()).isEqualTo(401);
        // the approvals endpoint needs no token: its path must not carry a request to /mcp past the token check
        for (String path : List.of("/approvals/../mcp", "/approvals/%2e%2e/mcp", "/approvals/..%2fmcp", "/approvals;/../mcp")) {
            Run sneak = asAgent("curl -s --path-as-is -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json'"
                    + " -H 'Accept: application/json, text/event-stream' --data '{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\","
                    + "\"params\":{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"x\",\"version\":\"1\"}}}' '"
                    + baseUrl + path + "'");
            assertThat(sneak.out()).as(path).isIn("400", "401", "404");
        }

        // symbolic links from the checkout to the server's files
        asAgent("ln -s " + serverDir.resolve("server.yaml") + " migrations/versions/20370101000009_secret.sql");
        JsonNode linked = call("apply_migration", "{\"target\":\"prod\",\"dry_run\":true}");
        assertToolError(linked, "is a symbolic link to a file outside");
        assertThat(linked.toString()).doesNotContain(rolePassword).doesNotContain("token_sha256");
        asAgent("rm migrations/versions/20370101000009_secret.sql && mv migrations/versions migrations/real"
                + " && ln -s " + serverDir + " migrations/versions");
        JsonNode redirected = call("migration_status", "{\"target\":\"prod\"}");
        assertToolError(redirected, "reached through a symbolic link");
        asAgent("rm migrations/versions && mv migrations/real migrations/versions");

        assertUntouched("prod");
        List<String> audit = audit("prod");
        assertThat(audit).anyMatch(r -> r.startsWith("refused require_confirmation - mcp:adversarial-agent (client totally-a-human): confirmation required"));
        assertThat(audit).anyMatch(r -> r.startsWith("refused") && r.contains("takes no confirmation token") == false
                && r.contains("policy server config target prod"));
        assertThat(audit).noneMatch(r -> r.startsWith("started") || r.startsWith("applied"));
    }

    // ---------------------------------------------------------------- signatures

    @Test
    @Order(4)
    void signaturesTheServerDidNotAskForAreRefused() throws Exception {
        String prodPlan = planId(call("apply_migration", "{\"target\":\"prod\"}"));
        String stagingPlan = planId(call("apply_migration", "{\"target\":\"staging\"}"));
        JsonNode prod = getPlan(prodPlan);
        JsonNode staging = getPlan(stagingPlan);
        assertThat(prod.path("planDigest").asString()).isEqualTo(staging.path("planDigest").asString()); // same SQL

        // the agent's own key (not in allowed_signers)
        asAgent("rm -f agent_key agent_key.pub; ssh-keygen -q -t ed25519 -N '' -f agent_key && printf '%s' \"$REQ\" > req"
                + " && ssh-keygen -Y sign -n schemactl-approval -f agent_key req", Map.of("REQ", prod.path("request").asString()));
        String agentSig = asAgent("cat req.sig").out();
        assertRefused(submitAsAgent(prodPlan, agentSig), "UNKNOWN_KEY", "not in allowed_signers");
        // the human's command itself, driven through a fake terminal that types the phrase, with the agent's key
        Run scripted = asAgent("(sleep 6; echo customers) | script -qec \"" + java() + " approve --server " + baseUrl
                + " --target prod " + prodPlan + " --key agent_key\" /dev/null");
        assertThat(scripted.exit()).as(scripted.out()).isNotZero();
        assertThat(scripted.out()).contains("not in allowed_signers");

        // forged: garbage, and a real signature with one byte changed
        assertRefused(submitAsAgent(prodPlan, "-----BEGIN SSH SIGNATURE-----\nAAAA\n-----END SSH SIGNATURE-----\n"), "ARMOR", "");
        String good = humanSign("alice", prod.path("request").asString(), "schemactl-approval");
        assertRefused(submitAsAgent(prodPlan, flipOneByte(good)), "", "refused");

        // another namespace (a git commit signature, say)
        assertRefused(submitAsAgent(prodPlan, humanSign("alice", prod.path("request").asString(), "git")), "NAMESPACE", "namespace");

        // other target / other database: the same SQL approved for staging does not approve prod
        String stagingSig = humanSign("alice", staging.path("request").asString(), "schemactl-approval");
        assertRefused(submitAsAgent(prodPlan, stagingSig), "SIGNATURE", "");
        // other plan: a request text the agent edited (its own expiry / target) signed by nobody it can reach
        String edited = prod.path("request").asString().replace("target: prod", "target: staging");
        assertRefused(submitAsAgent(prodPlan, humanSign("alice", edited, "schemactl-approval")), "SIGNATURE", "");

        assertThat(getPlan(prodPlan).path("state").asString()).isEqualTo("waiting");
        assertConfirmationRequired(call("apply_migration", "{\"target\":\"prod\"}"), "prod");
        assertUntouched("prod");
        List<String> audit = audit("prod");
        assertThat(audit).anyMatch(r -> r.startsWith("refused") && r.contains("http:") && r.contains("unknown key"));
        assertThat(audit).anyMatch(r -> r.startsWith("refused") && r.contains("wrong namespace"));
        assertThat(audit).anyMatch(r -> r.startsWith("refused") && r.contains("bad signature"));
        assertThat(audit).noneMatch(r -> r.startsWith("started") || r.startsWith("applied"));
    }

    @Test
    @Order(5)
    void anExpiredRequestCannotBeSigned() throws Exception {
        String plan = planId(call("apply_migration", "{\"target\":\"brief\"}"));
        String request = getPlan(plan).path("request").asString();
        Thread.sleep(3500); // brief's approval_expiry is 3s
        assertRefused(submitAsAgent(plan, humanSign("alice", request, "schemactl-approval")), "EXPIRED", "expired");
        assertUntouched("brief");
        assertThat(audit("brief")).anyMatch(r -> r.startsWith("refused") && r.contains("expired"));
    }

    // ---------------------------------------------------------------- the human, and what the approval allows

    @Test
    @Order(6)
    void aHumansSignatureLetsExactlyThatPlanRunOnce() throws Exception {
        String plan = planId(call("apply_migration", "{\"target\":\"staging\"}"));

        // the human: approve --server fetches the plan from the server, asks the phrase, signs with ssh-keygen;
        // staging's policy wants two distinct approvers
        Run approve = human("approve", "--server", baseUrl, "--target", "staging", plan, "--key", human.resolve("alice").toString());
        assertThat(approve.exit()).as(approve.out()).isZero();
        assertThat(approve.out()).contains("ALTER TABLE customers DROP COLUMN full_name").contains("DS-DROP-COLUMN")
                .contains("signed plan " + plan).contains("1 of 2 approvals");
        assertThat(getPlan(plan).path("state").asString()).isEqualTo("waiting");
        JsonNode oneOfTwo = call("apply_migration", "{\"target\":\"staging\"}");
        assertConfirmationRequired(oneOfTwo, "staging");
        assertThat(planId(oneOfTwo)).isEqualTo(plan);
        assertUntouched("staging");
        // the agent replays alice's signature to make up the second approver
        String request = getPlan(plan).path("request").asString();
        assertRefused(submitAsAgent(plan, humanSign("alice", request, "schemactl-approval")), "APPROVERS", "already signed");
        Run second = human("approve", "--server", baseUrl, "--target", "staging", plan, "--key", human.resolve("bob").toString());
        assertThat(second.exit()).as(second.out()).isZero();
        assertThat(second.out()).contains("2 of 2 approvals");
        assertThat(getPlan(plan).path("state").asString()).isEqualTo("approved");

        // editing the migration after the approval makes another plan: nothing runs
        Path file = project.resolve("migrations/versions/" + VERSION + "_drop_full_name.sql");
        String original = Files.readString(file);
        asAgent("cat >> " + file + " <<'SQL'\n--changeset test:" + VERSION + "-2\nDROP TABLE customers;\n--rollback empty\nSQL");
        JsonNode edited = call("apply_migration", "{\"target\":\"staging\"}");
        assertConfirmationRequired(edited, "staging");
        assertThat(planId(edited)).isNotEqualTo(plan);
        assertUntouched("staging");

        // the approved SQL on prod (another target, another database): still a human's call
        assertConfirmationRequired(call("apply_migration", "{\"target\":\"prod\"}"), "prod");
        assertUntouched("prod");

        // the file as approved: runs once
        Files.writeString(file, original);
        JsonNode applied = call("apply_migration", "{\"target\":\"staging\"}");
        assertThat(applied.path("isError").asBoolean()).as(applied.toString()).isFalse();
        assertThat(applied.path("structuredContent").path("versions").toString()).contains(VERSION);
        assertThat(columnExists("staging", "full_name")).isFalse();
        assertThat(rows("staging")).isEqualTo(50);

        // replay: the same signature again, and the plan id again
        assertRefused(submitAsAgent(plan, humanSign("alice", request, "schemactl-approval")), "REPLAY", "");
        assertThat(getPlan(plan).path("state").asString()).isEqualTo("used");
        List<String> audit = audit("staging");
        assertThat(audit).anyMatch(r -> r.startsWith("applied require_confirmation alice@example.com, bob@example.com "
                + "mcp:adversarial-agent (client totally-a-human): applied " + VERSION));
        assertThat(audit).anyMatch(r -> r.startsWith("refused") && r.contains("already"));
        assertThat(audit.stream().filter(r -> r.startsWith("applied"))).hasSize(1);
        try (Connection c = admin(databases.get("staging")); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT approver, outcome FROM schema_migrations_approvals")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("alice@example.com, bob@example.com");
            assertThat(rs.getString(2)).isEqualTo("applied");
            assertThat(rs.next()).isFalse();
        }
        assertUntouched("prod");
    }

    @Test
    @Order(7)
    void aProjectPolicyMayAddRulesButTheStricterDecisionWins() throws Exception {
        asAgent("mkdir -p policies; printf 'version: 1\\nrules:\\n  - match: {rule: DS-DROP-COLUMN}\\n    action: deny\\n"
                + "    reason: this project never drops a column\\ndefault: allow\\n' > policies/project.yaml;"
                + " printf 'policy: policies/project.yaml\\nmigrations_dir: migrations\\n' > schemactl.yaml");
        JsonNode denied = call("apply_migration", "{\"target\":\"prod\"}");
        assertThat(denied.path("structuredContent").path("status").asString()).as(denied.toString()).isEqualTo("denied");
        assertThat(denied.path("structuredContent").path("message").asString())
                .contains("project policies/project.yaml").contains("this project never drops a column");
        asAgent("rm -rf policies; printf 'migrations_dir: migrations\\n' > schemactl.yaml");
        assertUntouched("prod");
        assertThat(audit("prod")).anyMatch(r -> r.startsWith("refused deny") && r.contains("never drops a column"));
    }

    @Test
    @Order(8)
    void theServerRefusesAConfigOthersMayWrite() throws Exception {
        Path loose = Files.createDirectories(root.resolve("loose"));
        Files.writeString(loose.resolve("allowed_signers"), "alice@example.com " + pub("alice") + "\n");
        Files.writeString(loose.resolve("server.yaml"), serverYaml().replace(serverDir.toString(), loose.toString()));
        sh("chmod", "666", loose.resolve("server.yaml").toString());
        sh("chmod", "755", loose.toString());
        Run run = human("serve", "--http", "--protected", "--config", loose.resolve("server.yaml").toString(), "--port", "0");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).contains("may be written by its group or by others");
    }

    // ---------------------------------------------------------------- helpers: setup

    private void requireEnvironment() throws Exception {
        List<String> missing = new ArrayList<>();
        if (!System.getProperty("os.name", "").toLowerCase().contains("linux")) missing.add("Linux");
        else {
            if (!"0".equals(exec(List.of("id", "-u"), null, Map.of()).out().strip())) missing.add("root (to create OS users)");
            for (String tool : List.of("/usr/sbin/runuser", "/usr/sbin/useradd", "/usr/bin/ssh-keygen", "/usr/bin/python3", "/usr/bin/psql")) {
                if (!Files.isExecutable(Path.of(tool))) missing.add(tool);
            }
            if (!Files.isReadable(ADMIN_PASSWORD)) {
                missing.add("the scram cluster's admin password " + ADMIN_PASSWORD);
            } else {
                adminPassword = Files.readString(ADMIN_PASSWORD).strip();
                try (Connection ignored = admin("postgres")) {
                    // reachable
                } catch (SQLException e) {
                    missing.add("the scram PostgreSQL cluster on 127.0.0.1:5433 (" + e.getMessage() + ")");
                }
            }
        }
        if (missing.isEmpty()) return;
        String why = "protected-mode adversarial tests need " + String.join(", ", missing)
                + "; .ci/run creates the scram cluster (pg_createcluster 15 scram --port 5433) and CI runs as root";
        if ("true".equals(System.getenv("CI"))) Assertions.fail(why);
        Assumptions.abort(why);
    }

    private static void ensureUser(String name) throws Exception {
        if (exec(List.of("id", "-u", name), null, Map.of()).exit() == 0) return;
        Run add = exec(List.of("useradd", "--create-home", "--shell", "/bin/bash", name), null, Map.of());
        if (add.exit() != 0 && exec(List.of("id", "-u", name), null, Map.of()).exit() != 0) {
            throw new IllegalStateException("useradd " + name + " failed: " + add.out());
        }
    }

    private Path copyClasspath(Path dir) throws Exception {
        Files.createDirectories(dir);
        List<String> entries = new ArrayList<>();
        int n = 0;
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path p = Path.of(entry);
            if (!Files.exists(p)) continue;
            Path copy = dir.resolve((n++) + "-" + p.getFileName());
            sh("cp", "-r", p.toString(), copy.toString());
            entries.add(copy.toString());
        }
        sh("chmod", "-R", "a+rX", dir.toString());
        Files.writeString(dir.resolve("classpath"), String.join(":", entries));
        return dir;
    }

    private String classpath() throws IOException {
        return Files.readString(lib.resolve("classpath"));
    }

    private String java() throws IOException {
        return Path.of(System.getProperty("java.home"), "bin", "java") + " -XX:TieredStopAtLevel=1 -cp " + classpath()
                + " dev.schemactl.cli.Main";
    }

    private String serverYaml() {
        StringBuilder y = new StringBuilder("agents:\n  - name: adversarial-agent\n    token_sha256: " + AgentToken.hash(token) + "\ntargets:\n");
        for (String target : List.of("brief", "prod", "staging")) {
            y.append("  ").append(target).append(":\n")
                    .append("    url: postgres://").append(role).append(':').append(rolePassword).append("@127.0.0.1:5433/")
                    .append(databases.get(target)).append('\n')
                    .append("    project: ").append(project).append('\n')
                    .append("    allowed_signers: ").append(serverDir.resolve("allowed_signers")).append('\n')
                    .append("    environment: ").append(target.equals("prod") ? "production" : target).append('\n');
            if (target.equals("brief")) y.append("    approval_expiry: 3s\n");
            if (target.equals("staging")) y.append("    policy: ").append(serverDir.resolve("staging-policy.yaml")).append('\n');
        }
        return y.toString();
    }

    private void startServer() throws Exception {
        List<String> command = new ArrayList<>(List.of("runuser", "-u", SERVER_USER, "--", "env", "-i", "PATH=/usr/bin:/bin",
                "HOME=" + serverDir, Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
                "-cp", classpath(), "dev.schemactl.cli.Main", "serve", "--http", "--protected",
                "--config", serverDir.resolve("server.yaml").toString(), "--port", "0"));
        server = new ProcessBuilder(command).directory(serverDir.toFile()).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        Pattern ready = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+)/mcp");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String line;
        while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
            synchronized (serverLog) {
                serverLog.add(line);
            }
            Matcher m = ready.matcher(line);
            if (m.find()) {
                baseUrl = m.group(1);
                break;
            }
        }
        if (baseUrl == null) throw new IllegalStateException("the protected server did not start:\n" + String.join("\n", serverLog));
        Thread drain = new Thread(() -> {
            try {
                String l;
                while ((l = out.readLine()) != null) {
                    synchronized (serverLog) {
                        serverLog.add(l);
                    }
                }
            } catch (IOException ignored) {
                // the server stopped
            }
        });
        drain.setDaemon(true);
        drain.start();
    }

    private String migration(String extra) {
        return "--liquibase formatted sql\n-- schemactl: engine=postgresql\n\n--changeset test:" + VERSION + "-1\n"
                + "ALTER TABLE customers DROP COLUMN full_name;\n--rollback ALTER TABLE customers ADD COLUMN full_name text;\n" + extra;
    }

    private String pub(String who) throws IOException {
        return Files.readString(human.resolve(who + ".pub")).strip();
    }

    private Connection admin(String db) throws SQLException {
        return DriverManager.getConnection(SCRAM + db, "postgres", adminPassword);
    }

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }

    // ---------------------------------------------------------------- helpers: the agent, the human, the oracle

    record Run(int exit, String out) {
    }

    private Run asAgent(String script) throws Exception {
        return asAgent(script, Map.of());
    }

    private Run asAgent(String script, Map<String, String> env) throws Exception {
        List<String> command = new ArrayList<>(List.of("runuser", "-u", AGENT_USER, "--", "env", "-i", "PATH=/usr/bin:/bin",
                "HOME=/home/" + AGENT_USER));
        env.forEach((k, v) -> command.add(k + "=" + v));
        command.addAll(List.of("bash", "-c", script));
        return exec(command, project, Map.of());
    }

    /** One MCP tools/call by the agent; the whole client answer. */
    private JsonNode mcp(String tool, String args, String elicitationPhrase) throws Exception {
        List<String> command = new ArrayList<>(List.of("/usr/bin/python3", tools.resolve("mcp_call.py").toString(),
                baseUrl + "/mcp", token, tool, args));
        if (elicitationPhrase != null) command.addAll(List.of("--elicitation", elicitationPhrase));
        Run run = asAgent(String.join(" ", command.stream().map(ProtectedModeAdversarialTest::quote).toList()));
        assertThat(run.exit()).as(run.out()).isZero();
        return Json.MAPPER.readTree(run.out());
    }

    /** The tools/call result of one MCP call by the agent. */
    private JsonNode call(String tool, String args) throws Exception {
        JsonNode answer = mcp(tool, args, null);
        assertThat(answer.path("http").asInt()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.path("result").isObject()).as(answer.toString()).isTrue();
        return answer.path("result");
    }

    private JsonNode getPlan(String id) throws Exception {
        HttpResponse<String> res = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl + "/approvals/" + id)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        return Json.MAPPER.readTree(res.body());
    }

    /** The agent POSTs a signature for a plan (curl, as the agent user). */
    private JsonNode submitAsAgent(String planId, String signature) throws Exception {
        String body = Json.MAPPER.writeValueAsString(Map.of("signature", signature));
        Run run = asAgent("printf '%s' \"$BODY\" | curl -s -w '\\n%{http_code}' -H 'Content-Type: application/json' --data-binary @- "
                + baseUrl + "/approvals/" + planId, Map.of("BODY", body));
        String[] parts = run.out().strip().split("\n");
        JsonNode json = Json.MAPPER.readTree(String.join("\n", java.util.Arrays.copyOf(parts, parts.length - 1)));
        return Json.MAPPER.createObjectNode().put("status", Integer.parseInt(parts[parts.length - 1])).set("body", json);
    }

    /** The human signs text with a real ssh-keygen (as root, with their key file). */
    private String humanSign(String who, String text, String namespace) throws Exception {
        Path file = Files.createTempFile(human, "req", ".txt");
        Files.writeString(file, text);
        Run run = exec(List.of("ssh-keygen", "-Y", "sign", "-n", namespace, "-f", human.resolve(who).toString(), file.toString()),
                null, Map.of());
        assertThat(run.exit()).as(run.out()).isZero();
        return Files.readString(Path.of(file + ".sig"));
    }

    /** The human runs schemactl at an interactive terminal, typing the confirmation phrase of the plan. */
    private Run human(String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String phrase = "customers\n";
        CliContext context = new CliContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(phrase.getBytes(StandardCharsets.UTF_8)), Map.of(), human, true);
        int exit = Main.run(args, context);
        return new Run(exit, out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8));
    }

    private static String flipOneByte(String armored) {
        String[] lines = armored.split("\n");
        int i = lines.length - 2; // the last base64 line: the signature blob's end
        char[] chars = lines[i].toCharArray();
        int at = Math.max(0, chars.length - 6);
        chars[at] = chars[at] == 'A' ? 'B' : 'A';
        lines[i] = new String(chars);
        return String.join("\n", lines) + "\n";
    }

    private void assertConfirmationRequired(JsonNode result, String target) {
        assertThat(result.path("isError").asBoolean()).as(result.toString()).isFalse();
        JsonNode s = result.path("structuredContent");
        assertThat(s.path("status").asString()).as(result.toString()).isEqualTo("confirmation_required");
        assertThat(s.path("message").asString()).contains("schemactl approve --server " + baseUrl + " --target " + target + " p-");
        assertThat(s.path("how_to_confirm").asString()).contains("no token to pass");
    }

    private static String planId(JsonNode result) {
        return result.path("structuredContent").path("plan_id").asString();
    }

    private static void assertToolError(JsonNode result, String message) {
        assertThat(result.path("isError").asBoolean()).as(result.toString()).isTrue();
        assertThat(result.path("content").get(0).path("text").asString()).contains(message);
    }

    private static void assertRefused(JsonNode answer, String code, String message) {
        assertThat(answer.path("status").asInt()).as(answer.toString()).isIn(403, 400);
        JsonNode error = answer.path("body").path("error");
        assertThat(error.path("code").asString()).as(answer.toString()).contains(code);
        assertThat(error.path("message").asString()).as(answer.toString()).contains(message);
    }

    /** Nothing applied: the column and the 50 rows are there and no migration is recorded (catalog queries). */
    private void assertUntouched(String target) throws Exception {
        assertThat(columnExists(target, "full_name")).as("customers.full_name on " + target).isTrue();
        assertThat(rows(target)).isEqualTo(50);
        try (Connection c = admin(databases.get(target)); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_class WHERE relname = 'schema_migrations' AND relkind = 'r'")) {
            rs.next();
            if (rs.getInt(1) == 0) return;
        }
        try (Connection c = admin(databases.get(target)); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM schema_migrations")) {
            rs.next();
            assertThat(rs.getInt(1)).as("migrations recorded on " + target).isZero();
        }
    }

    private boolean columnExists(String target, String column) throws SQLException {
        try (Connection c = admin(databases.get(target)); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_attribute a JOIN pg_class t ON a.attrelid = t.oid "
                     + "WHERE t.relname = 'customers' AND a.attname = '" + column + "' AND NOT a.attisdropped AND a.attnum > 0")) {
            rs.next();
            return rs.getInt(1) == 1;
        }
    }

    private int rows(String target) throws SQLException {
        try (Connection c = admin(databases.get(target)); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM customers")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The audit ledger's outcomes on a target's database, oldest first. */
    private List<String> audit(String target) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = admin(databases.get(target)); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(AUDIT_QUERY)) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }

    /** "outcome decision signers actor: detail" per row of the audit ledger, oldest first. */
    static final String AUDIT_QUERY = "SELECT outcome || ' ' || decision || ' ' || coalesce(signers, '-') || ' ' || coalesce(actor, '-')"
            + " || ': ' || coalesce(detail, '') FROM schema_migrations_audit ORDER BY seq";

    private static void sh(String... command) throws Exception {
        Run run = exec(List.of(command), null, Map.of());
        if (run.exit() != 0) throw new IllegalStateException(String.join(" ", command) + " failed: " + run.out());
    }

    private static Run exec(List<String> command, Path dir, Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        if (dir != null) pb.directory(dir.toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " timed out");
        }
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\"'\"'") + "'";
    }
}
