package dev.schemactl.cli;

import dev.schemactl.config.Shard;
import dev.schemactl.service.FleetService;
import dev.schemactl.service.TargetResult;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * Progress of a fleet run on stderr: a live bar at a terminal, otherwise one line per finished target.
 * Never on stdout (it belongs to the result and to --format json).
 */
final class FleetProgress implements FleetService.Progress, AutoCloseable {
    private final CliContext context;
    private ProgressBar bar;
    private int failed;

    private final Shard shard;

    FleetProgress(CliContext context) {
        this(context, null);
    }

    /** @param shard the runner's shard, or null when it runs the whole fleet */
    FleetProgress(CliContext context, Shard shard) {
        this.context = context;
        this.shard = shard;
    }

    @Override
    public void started(int total, int parallel) {
        if (context.interactive()) {
            bar = new ProgressBarBuilder().setTaskName("up").setInitialMax(total).setUnit(" db", 1)
                    .setUpdateIntervalMillis(200).continuousUpdate()
                    .setConsumer(new ConsoleProgressBarConsumer(context.err())).build();
        } else {
            context.err().println((shard == null ? "" : "shard " + shard + ": ") + "applying migrations to " + total + (total == 1 ? " target, " : " targets, ")
                    + parallel + " at a time");
        }
    }

    @Override
    public void finished(TargetResult result, int done, int total) {
        if (result.status() == TargetResult.Status.FAILED) failed++;
        if (bar != null) {
            bar.stepTo(done);
            bar.setExtraMessage(result.name() + " " + result.status().name().toLowerCase().replace('_', ' ')
                    + (failed > 0 ? " (" + failed + " failed)" : ""));
        } else {
            context.err().println("[" + done + "/" + total + "] " + result.name() + " (" + result.url() + "): " + result.summary());
        }
        context.err().flush();
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
