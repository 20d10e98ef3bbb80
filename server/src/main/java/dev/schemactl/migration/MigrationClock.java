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

    /**
     * The clock's version, or one second after the newest existing version when the clock is not past
     * it (two `new` in one second, or a fixed SOURCE_DATE_EPOCH): versions stay unique and in order.
     */
    public String nextVersion(java.util.Collection<String> existing) {
        String now = nextVersion();
        String newest = existing.stream().max(String::compareTo).orElse(null);
        if (newest == null || now.compareTo(newest) > 0) return now;
        java.time.Instant after = java.time.LocalDateTime.parse(newest, DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
                .toInstant(ZoneOffset.UTC).plusSeconds(1);
        return VERSION.format(after);
    }

    /** The version one second before {@code version}: a baseline written under migrations that are still pending. */
    public static String versionBefore(String version) {
        java.time.Instant before = java.time.LocalDateTime.parse(version, DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
                .toInstant(ZoneOffset.UTC).minusSeconds(1);
        return VERSION.format(before);
    }
}
