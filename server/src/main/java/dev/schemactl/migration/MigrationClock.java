package dev.schemactl.migration;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** Where migration versions come from: SOURCE_DATE_EPOCH when set (reproducible builds), else the clock. */
public final class MigrationClock {
    private static final DateTimeFormatter VERSION = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);
    private final Clock clock;

    public MigrationClock(Clock clock) {
        this.clock = clock;
    }

    public static MigrationClock fromEnvironment(Map<String, String> env) {
        String epoch = env.get("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.matches("\\d+")) {
            return new MigrationClock(Clock.fixed(Instant.ofEpochSecond(Long.parseLong(epoch)), ZoneOffset.UTC));
        }
        return new MigrationClock(Clock.systemUTC());
    }

    public String nextVersion() {
        return VERSION.format(clock.instant());
    }
}
