package dev.schemactl.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line builds only the subcommands a run names; what users see does not change. */
class SchemactlCommandTest {
    private static SchemactlCommand root() {
        return new SchemactlCommand(new CliContext(new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()),
                new ByteArrayInputStream(new byte[0]), Map.of(), Path.of("."), false));
    }

    @Test
    void theRootsUsageIsPicocliUsageOfTheFullModel() {
        CommandLine model = SchemactlCommand.commandLine(root(), CommandLine.defaultFactory(), null);
        model.getCommandSpec().usageMessage().helpFactory(CommandLine.Help::new); // picocli's own rendering
        String full = model.getUsageMessage();
        String lazy = SchemactlCommand.commandLine(root(), CommandLine.defaultFactory(), new String[]{"--help"}).getUsageMessage();
        assertThat(lazy).isEqualTo(full);
        String named = SchemactlCommand.commandLine(root(), CommandLine.defaultFactory(), new String[]{"status", "--no-drift"}).getUsageMessage();
        assertThat(named).as("the root's usage in a run that names a subcommand").isEqualTo(full);
        assertThat(full).contains("status", "lint", "serve", "erd", "approve");
    }

    @Test
    void aNamedSubcommandIsTheRealOneWithItsOptions() {
        CommandLine cli = SchemactlCommand.commandLine(root(), CommandLine.defaultFactory(), new String[]{"--url", "h2:mem:x", "status", "--no-drift"});
        assertThat((Object) cli.getSubcommands().get("status").getCommand()).isInstanceOf(StatusCommand.class);
        assertThat(cli.getSubcommands()).as("only the named one is built").containsOnlyKeys("status");
        CommandLine.ParseResult parsed = cli.parseArgs("--url", "h2:mem:x", "status", "--no-drift");
        assertThat(parsed.subcommand().hasMatchedOption("--no-drift")).isTrue();
        // an alias names its command too
        CommandLine score = SchemactlCommand.commandLine(root(), CommandLine.defaultFactory(), new String[]{"score", "a.sql"});
        assertThat((Object) score.getSubcommands().get("score").getCommand()).isInstanceOf(LintCommand.class);
    }

    @Test
    void everySubcommandsHelpIsItsFullUsage() {
        CommandLine full = SchemactlCommand.commandLine(root(), CommandLine.defaultFactory(), null);
        for (String name : full.getSubcommands().keySet()) {
            CommandLine lazy = SchemactlCommand.commandLine(root(), CommandLine.defaultFactory(), new String[]{name, "--help"});
            assertThat(lazy.getSubcommands().get(name).getUsageMessage()).as(name)
                    .isEqualTo(full.getSubcommands().get(name).getUsageMessage());
        }
    }

    /**
     * The root's and status's models are built in code, not read from annotations: their usage is what picocli printed
     * for the annotated classes before (recorded from that build), so nothing a user sees moved.
     */
    @Test
    void theCommandsBuiltInCodePrintTheUsageTheirAnnotationsPrinted() throws Exception {
        for (String[] run : new String[][]{{"--help"}, {"status", "--help"}}) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            CliContext context = new CliContext(new PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8),
                    new PrintStream(new ByteArrayOutputStream()), new ByteArrayInputStream(new byte[0]), Map.of(), Path.of("."), false);
            assertThat(Main.run(run, context)).isZero();
            String golden = run.length == 1 ? "root.txt" : "status.txt";
            try (var in = SchemactlCommandTest.class.getResourceAsStream("/cli/usage/" + golden)) {
                assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8))
                        .isEqualTo(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
    }
}
