package dev.schemactl.cli;

import dev.schemactl.service.FleetMerge;
import dev.schemactl.service.FleetSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = FleetCommand.NAME, mixinStandardHelpOptions = true,
        description = FleetCommand.SUMMARY,
        subcommands = FleetCommand.Report.class)
final class FleetCommand implements Runnable {
    /** The name and the summary line the root's usage lists (RootHelp reads these, not the annotation). */
    static final String NAME = "fleet";
    static final String SUMMARY = "Fleets applied by many runners (`up --targets FILE --shard I/N --report FILE`).";

    @ParentCommand
    SchemactlCommand root;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "fleet needs a subcommand: report DIR");
    }

    @Command(name = "report", mixinStandardHelpOptions = true,
            description = "Merge the runners' --report files of DIR into one table: every target of the fleet, with the "
                    + "shard that ran it and how it ended (applied, up to date, refused, failed, missing).",
            footer = {"", "Exit codes: 0 every target applied or up to date, 1 a target failed or no report finished it,",
                    "3 a target was refused by policy."})
    static final class Report implements Callable<Integer> {
        @ParentCommand
        FleetCommand fleet;

        @Parameters(paramLabel = "DIR", description = "The directory holding the runners' reports (*.json).")
        Path dir;

        @Override
        public Integer call() {
            FleetSummary summary = FleetMerge.merge(fleet.root.context.workingDir().resolve(dir));
            fleet.root.emit(summary);
            return summary.exitCode();
        }
    }
}
