package dev.schemactl.cli;

import dev.schemactl.config.Shard;
import dev.schemactl.config.TargetsFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * examples/fleet: the Kubernetes Indexed Job (validated by kubectl) and the GitHub Actions matrix run shards the CLI
 * accepts, with as many shards as runners.
 */
class FleetExamplesTest {
    private static final Path DIR = Path.of("..", "examples", "fleet");
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    @Test
    void theIndexedJobRunsShardAutoWithJobCompletionsEqualToItsCompletions() throws Exception {
        List<JsonNode> docs = documents(DIR.resolve("job.yaml"));
        JsonNode job = docs.stream().filter(d -> d.path("kind").asString().equals("Job")).findFirst().orElseThrow();
        JsonNode spec = job.path("spec");
        assertThat(spec.path("completionMode").asString()).isEqualTo("Indexed");
        int completions = spec.path("completions").asInt();
        assertThat(completions).isGreaterThan(1);
        assertThat(spec.path("parallelism").asInt()).isEqualTo(completions);
        JsonNode container = spec.path("template").path("spec").path("containers").get(0);
        String jobCompletions = null;
        for (JsonNode env : container.path("env")) {
            if (env.path("name").asString().equals(Shard.COUNT_VARIABLE)) jobCompletions = env.path("value").asString();
        }
        assertThat(jobCompletions).isEqualTo(String.valueOf(completions));
        List<String> args = new ArrayList<>();
        container.path("args").forEach(a -> args.add(a.asString()));
        assertThat(args).containsSequence("--shard", "auto").contains("--report");
        accepted(args.toArray(String[]::new));
        // what --shard auto makes of the pod's environment
        assertThat(Shard.parse("auto", Map.of(Shard.INDEX_VARIABLE, String.valueOf(completions - 1), Shard.COUNT_VARIABLE, jobCompletions)))
                .isEqualTo(new Shard(completions - 1, completions));
        // the ConfigMap's targets file is a valid one
        JsonNode config = docs.stream().filter(d -> d.path("kind").asString().equals("ConfigMap")).findFirst().orElseThrow();
        TargetsFile targets = TargetsFile.parse(config.path("data").path("targets.yaml").asString(), "targets.yaml",
                Map.of("PG_PASSWORD", "x", "MARIADB_PASSWORD", "y"));
        assertThat(targets.targets()).hasSize(4);
    }

    /**
     * {@code kubectl apply --dry-run=client} needs an API server for discovery. Without one, kubectl still decodes each
     * object into its typed API struct offline ({@code set env --local}); a misspelled or misplaced field is dropped
     * by that decoding, so every value of the file must come back out.
     */
    @Test
    void kubectlAcceptsTheManifest() throws Exception {
        Path job = DIR.resolve("job.yaml").toAbsolutePath();
        Run apply = kubectl("apply", "--dry-run=client", "--request-timeout=10s", "-f", job.toString());
        if (apply == null) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) throw new AssertionError("kubectl is not installed (CI=true)");
            Assumptions.abort("kubectl is not installed");
        }
        // the typed check needs a kubectl that knows Indexed Jobs (1.21+) and backoffLimitPerIndex (1.28+); Debian
        // bookworm's kubernetes-client is 1.20
        JsonNode version = JsonMapper.builder().build().readTree(kubectl("version", "--client", "-o", "json").out()).path("clientVersion");
        int minor = Integer.parseInt(version.path("minor").asString("0").replaceAll("\\D", ""));
        if (minor < 28) {
            String message = "kubectl " + version.path("gitVersion").asString() + " is older than 1.28 and drops fields of job.yaml";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) throw new AssertionError(message + " (CI=true)");
            Assumptions.abort(message);
        }
        if (apply.exit() == 0) {
            assertThat(apply.out()).contains("job.batch/schemactl-fleet created (dry run)");
            return;
        }
        assertThat(apply.err()).as("apply failed for want of a server, not because of the file")
                .containsAnyOf("connection refused", "couldn't get current server API group list", "no such host", "failed to download openapi");
        List<JsonNode> docs = documents(job);
        int typed = 0;
        for (JsonNode doc : docs) {
            Path one = Files.createTempFile("manifest", ".json");
            one.toFile().deleteOnExit();
            Files.writeString(one, doc.toString());
            // set env decodes objects with a pod template into their typed struct; label reads any object (syntax only)
            boolean podTemplate = doc.path("spec").has("template");
            Run decoded = podTemplate ? kubectl("set", "env", "--local", "-f", one.toString(), "-o", "json", "SCHEMACTL_VALIDATED=1")
                    : kubectl("label", "--local", "-f", one.toString(), "-o", "json", "schemactl-validated=1");
            assertThat(decoded.exit()).as(doc.path("kind").asString() + ": " + decoded.err()).isZero();
            if (!podTemplate) continue;
            typed++;
            List<String> lost = new ArrayList<>();
            lost(doc, JsonMapper.builder().build().readTree(decoded.out()), doc.path("kind").asString(), lost);
            assertThat(lost).as("fields kubectl's typed decoding dropped").isEmpty();
        }
        assertThat(typed).isEqualTo(1);
    }

    @Test
    void theMatrixRunsOneShardPerJobAndMergesTheReports() throws Exception {
        JsonNode workflow = YAML.readTree(Files.readString(DIR.resolve("github-actions.yml")));
        JsonNode up = workflow.path("jobs").path("up");
        JsonNode shards = up.path("strategy").path("matrix").path("shard");
        assertThat(up.path("strategy").path("fail-fast").asBoolean(true)).isFalse();
        List<String> steps = new ArrayList<>();
        up.path("steps").forEach(s -> steps.add(s.path("run").asString("")));
        String run = steps.stream().filter(s -> s.contains("--shard")).findFirst().orElseThrow();
        String command = run.substring(run.indexOf("./schemactl ") + "./schemactl ".length()).trim();
        for (JsonNode shard : shards) {
            String[] args = command.replace("${{ matrix.shard }}", shard.asString()).split("\\s+");
            accepted(args);
            int at = List.of(args).indexOf("--shard");
            assertThat(Shard.parse(args[at + 1], Map.of()).count()).isEqualTo(shards.size());
        }
        assertThat(shards.size()).isEqualTo(4);
        JsonNode report = workflow.path("jobs").path("report");
        assertThat(report.path("needs").asString()).isEqualTo("up");
        assertThat(report.path("if").asString()).isEqualTo("always()");
        JsonNode merge = null;
        for (JsonNode s : report.path("steps")) if (s.path("run").asString("").contains("fleet report")) merge = s;
        assertThat(merge).isNotNull();
        assertThat(merge.path("shell").asString()).isEqualTo("bash"); // -o pipefail: tee must not hide the exit code
        accepted(merge.path("run").asString().replace("./schemactl ", "").split("\\|")[0].trim().split("\\s+"));
        TargetsFile.load(DIR.resolve("targets.yaml"), DIR, Map.of("PG_PASSWORD", "x", "MARIADB_PASSWORD", "y"));
    }

    @Test
    void fleetAloneIsAUsageErrorAndReportNeedsADirectory(@org.junit.jupiter.api.io.TempDir Path dir) {
        dev.schemactl.testing.Cli.Run bare = new dev.schemactl.testing.Cli(dir).run("fleet");
        assertThat(bare.exit()).isEqualTo(2);
        assertThat(bare.err()).contains("fleet needs a subcommand: report DIR");
        dev.schemactl.testing.Cli.Run none = new dev.schemactl.testing.Cli(dir).run("fleet", "report", "reports");
        assertThat(none.exit()).as(none.all()).isEqualTo(1);
        assertThat(none.err()).startsWith("error: the report directory ").contains("does not exist");
    }

    private static void accepted(String[] args) {
        CommandLine cli = SchemactlCommand.commandLine(new SchemactlCommand(new CliContext(new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(new ByteArrayOutputStream()), new ByteArrayInputStream(new byte[0]), Map.of(), Path.of("."), false)),
                CommandLine.defaultFactory(), args);
        CommandLine.ParseResult parsed = cli.parseArgs(args);
        assertThat(parsed.hasSubcommand()).as(String.join(" ", args)).isTrue();
    }

    private static List<JsonNode> documents(Path file) throws Exception {
        List<JsonNode> docs = new ArrayList<>();
        try (var it = YAML.readValues(YAML.createParser(Files.readString(file)), JsonNode.class)) {
            while (it.hasNext()) docs.add(it.next());
        }
        return docs;
    }

    /** Paths of {@code expected}'s leaves that {@code actual} lacks or holds with another value. */
    private static void lost(JsonNode expected, JsonNode actual, String path, List<String> out) {
        if (expected.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                lost(e.getValue(), actual.path(e.getKey()), path + "." + e.getKey(), out);
            }
        } else if (expected.isArray()) {
            for (int i = 0; i < expected.size(); i++) lost(expected.get(i), actual.path(i), path + "[" + i + "]", out);
        } else if (actual.isMissingNode() || !expected.asString().equals(actual.asString())) {
            out.add(path + " = " + expected.asString() + " (kubectl: " + (actual.isMissingNode() ? "dropped" : actual.asString()) + ")");
        }
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run kubectl(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("kubectl"));
        command.addAll(List.of(args));
        Process p;
        try {
            ProcessBuilder pb = new ProcessBuilder(command);
            // never a real cluster from a test: a kubeconfig whose only server is a closed local port
            Path config = Files.createTempFile("kubeconfig", ".yaml");
            config.toFile().deleteOnExit();
            Files.writeString(config, """
                    apiVersion: v1
                    kind: Config
                    clusters: [{name: none, cluster: {server: "http://127.0.0.1:1"}}]
                    users: [{name: none, user: {}}]
                    contexts: [{name: none, context: {cluster: none, user: none}}]
                    current-context: none
                    """);
            pb.environment().put("KUBECONFIG", config.toString());
            p = pb.start();
        } catch (java.io.IOException e) {
            return null;
        }
        var out = java.util.concurrent.CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
        var err = java.util.concurrent.CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("kubectl did not finish within 60 s");
        }
        return new Run(p.exitValue(), out.get(), err.get());
    }

    private static String read(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
