package dev.schemactl.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * examples/ci/github-actions.yml: a PostgreSQL service, and every schemactl invocation in it is one the CLI accepts
 * (parsed by the real command line, not run), with lint uploading SARIF, verify and a models check on pull requests.
 */
class CiWorkflowExampleTest {
    private static final Path WORKFLOW = Path.of("..", "examples", "ci", "github-actions.yml");

    @Test
    void theWorkflowRunsCheckLintAndVerifyWithCommandsTheCliAccepts() throws Exception {
        JsonNode workflow = YAMLMapper.builder().build().readTree(Files.readString(WORKFLOW));
        assertThat(workflow.path("on").has("pull_request")).isTrue();
        JsonNode job = workflow.path("jobs").path("schema");
        assertThat(job.path("services").path("postgres").path("image").asString()).startsWith("postgres:");
        assertThat(job.path("env").path("DATABASE_URL").asString()).startsWith("postgres://");

        List<String[]> invocations = new ArrayList<>();
        List<String> uses = new ArrayList<>();
        for (JsonNode step : job.path("steps")) {
            if (step.has("uses")) uses.add(step.path("uses").asString());
            for (String line : step.path("run").asString("").split("\n")) {
                String t = line.trim();
                int at = t.indexOf("./schemactl ");
                if (at < 0) continue;
                String command = t.substring(at + "./schemactl ".length()).split("[|>&;]")[0].trim();
                invocations.add(command.split("\\s+"));
            }
        }
        assertThat(uses).anyMatch(u -> u.startsWith("github/codeql-action/upload-sarif@"));
        assertThat(invocations.stream().map(a -> String.join(" ", a)))
                .contains("lint --pending --format sarif", "lint --pending --format github", "lint --pending --format markdown",
                        "verify --pending", "up", "diff --check");
        for (String[] args : invocations) {
            CommandLine cli = SchemactlCommand.commandLine(new SchemactlCommand(new CliContext(new PrintStream(new ByteArrayOutputStream()),
                    new PrintStream(new ByteArrayOutputStream()), new ByteArrayInputStream(new byte[0]), Map.of(), Path.of("."), false)),
                    CommandLine.defaultFactory(), args);
            cli.setCaseInsensitiveEnumValuesAllowed(true);
            CommandLine.ParseResult parsed = cli.parseArgs(args);
            assertThat(parsed.hasSubcommand() || parsed.isUsageHelpRequested()).as(Arrays.toString(args)).isTrue();
        }
    }
}
