package dev.schemactl.cli;

import dev.schemactl.config.Shard;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import dev.schemactl.service.FleetResult;
import dev.schemactl.service.FleetService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = UpCommand.NAME, mixinStandardHelpOptions = true,
        description = UpCommand.SUMMARY,
        footer = {"", "With --targets: every database of the file (or this runner's --shard of them), --parallel at a time,",
                "then a table per target.",
                "Exit codes: 0 every target applied or up to date, 1 a target failed, 3 a target was refused by policy."})
final class UpCommand implements Callable<Integer> {
    /** The name and the summary line the root's usage lists (RootHelp reads these, not the annotation). */
    static final String NAME = "up";
    static final String SUMMARY = "Create the database if it is missing, apply every pending migration, print the status.";

    @ParentCommand
    SchemactlCommand root;

    @Mixin
    GateOptions gate;

    @Mixin
    ReplicaOptions replicas;

    @Option(names = "--targets", paramLabel = "FILE",
            description = "A YAML file naming many databases (targets: [{name, url}] or query: {url, sql}); "
                    + "applies the migrations to each of them.")
    Path targets;

    @Option(names = "--parallel", paramLabel = "N",
            description = "With --targets: how many databases at a time (default " + FleetService.DEFAULT_PARALLEL + ").")
    Integer parallel;

    @Option(names = "--shard", paramLabel = "I/N|auto",
            description = "With --targets: run shard I (0 to N-1) of N, a share chosen by rendezvous hashing of the target "
                    + "names (stable when targets are added); auto reads JOB_COMPLETION_INDEX and JOB_COMPLETIONS "
                    + "(a Kubernetes Indexed Job).")
    String shard;

    @Option(names = "--report", paramLabel = "FILE",
            description = "With --targets: keep this runner's JSON report in FILE; a directory (or a path ending in /) gets "
                    + "shard-I.json. Merge the runners' reports with `schemactl fleet report DIR`.")
    Path report;

    @Override
    public Integer call() {
        if (targets == null) {
            if (parallel != null || shard != null || report != null) {
                throw new SchemactlException(ErrorCode.USAGE, (parallel != null ? "--parallel" : shard != null ? "--shard" : "--report")
                        + " works with --targets only", "e.g. schemactl up --targets targets.yaml --parallel 8 --shard 0/4");
            }
            root.emit(replicas.apply(root.migrations(gate), root.context).up(gate.token(root.context)));
            return 0;
        }
        if (replicas.given()) {
            throw new SchemactlException(ErrorCode.USAGE, "--max-replica-lag works on one database, not with --targets",
                    "run up on each primary whose replicas must keep up");
        }
        if (root.url != null) {
            throw new SchemactlException(ErrorCode.USAGE, "--url and --targets exclude each other",
                    "list every database in the targets file");
        }
        Shard share = shard == null ? Shard.ALL : Shard.parse(shard, root.context.env());
        try (FleetProgress progress = new FleetProgress(root.context, shard == null ? null : share)) {
            FleetResult result = root.fleet().up(targets, share, parallel == null ? FleetService.DEFAULT_PARALLEL : parallel,
                    progress, report);
            progress.close();
            root.emit(result);
            return result.exitCode();
        }
    }
}
