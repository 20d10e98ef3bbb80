package dev.schemactl.cli;

import dev.schemactl.config.SettingsLoader;
import dev.schemactl.service.MigrationService;
import picocli.CommandLine.Option;

import java.time.Duration;

/** --max-replica-lag and --replica-timeout of the commands that apply migrations. */
final class ReplicaOptions {
    @Option(names = "--max-replica-lag", paramLabel = "DURATION",
            description = "Before each migration file, wait while a replica lags more than this (e.g. 10s): PostgreSQL's "
                    + "streaming replicas (pg_stat_replication), MariaDB/MySQL's `replicas:` URLs of schemactl.yaml.")
    String maxLag;

    @Option(names = "--replica-timeout", paramLabel = "DURATION",
            description = "With --max-replica-lag: give up after waiting this long before one file (default 10m).")
    String timeout;

    boolean given() {
        return maxLag != null || timeout != null;
    }

    MigrationService apply(MigrationService service, CliContext context) {
        if (maxLag == null) {
            if (timeout != null) {
                throw new dev.schemactl.error.SchemactlException(dev.schemactl.error.ErrorCode.USAGE,
                        "--replica-timeout works with --max-replica-lag only", "e.g. --max-replica-lag 10s --replica-timeout 5m");
            }
            return service;
        }
        Duration max = SettingsLoader.parseDuration(maxLag);
        Duration wait = timeout == null ? Duration.ofMinutes(10) : SettingsLoader.parseDuration(timeout);
        return service.replicaLag(max, wait, line -> {
            context.err().println(line);
            context.err().flush();
        });
    }
}
