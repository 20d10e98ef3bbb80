package dev.schemactl.service;

import dev.schemactl.config.Shard;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;

/**
 * What one runner of a sharded fleet did, as written by {@code up --targets --report FILE}: its shard, the names of
 * the whole fleet (so a merge can tell which targets no runner reported), and each of its finished targets.
 * {@code complete} is false while the runner works (the file is rewritten as targets finish) and stays false when
 * the runner died; its unfinished targets then show as missing in {@code fleet report}.
 */
public record FleetReport(int format, int shardIndex, int shardCount, boolean complete, Instant startedAt,
                          Instant finishedAt, List<String> fleet, List<String> assigned, List<TargetResult> targets) {
    public static final int FORMAT = 1;
    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    public FleetReport {
        fleet = List.copyOf(fleet);
        assigned = List.copyOf(assigned);
        targets = List.copyOf(targets);
    }

    public Shard shard() {
        return new Shard(shardIndex, shardCount);
    }

    /** Writes through a temporary file and a rename, so a reader (or a kill -9) never sees half a report. */
    public void write(Path file) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
            try {
                Files.writeString(tmp, MAPPER.writeValueAsString(this) + "\n");
                try {
                    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new SchemactlException(ErrorCode.CONFIG, "cannot write the fleet report " + file + ": " + e.getMessage(),
                    "check that its directory is writable");
        }
    }

    public static FleetReport read(Path file) {
        FleetReport report;
        try {
            report = MAPPER.readValue(Files.readString(file), FleetReport.class);
        } catch (IOException | JacksonException e) {
            throw new SchemactlException(ErrorCode.CONFIG, file + " is not a fleet report: "
                    + e.getMessage().lines().findFirst().orElse(""), "it should be a file written by `schemactl up --targets --report`");
        } catch (SchemactlException e) {
            throw new SchemactlException(ErrorCode.CONFIG, file + ": " + e.getMessage(), e.hint());
        }
        if (report == null || report.format() != FORMAT) {
            throw new SchemactlException(ErrorCode.CONFIG, file + " is not a fleet report of format " + FORMAT,
                    "it should be a file written by `schemactl up --targets --report` of this schemactl version");
        }
        return report;
    }
}
