package dev.schemactl.risk;

import java.util.Locale;

/** How bad one finding is, and the points it adds to a report's score. */
public enum Severity {
    INFO(0), LOW(5), MEDIUM(15), HIGH(35), CRITICAL(60);

    private final int points;

    Severity(int points) {
        this.points = points;
    }

    public int points() {
        return points;
    }

    /** This severity moved {@code steps} levels up (positive) or down (negative), clamped to INFO..CRITICAL. */
    public Severity shift(int steps) {
        int i = Math.max(0, Math.min(values().length - 1, ordinal() + steps));
        return values()[i];
    }

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }

    /** The lower-case name used in policy files and output ("high"). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses "high" / "HIGH"; null when the text names no severity. */
    public static Severity fromId(String text) {
        for (Severity s : values()) {
            if (s.name().equalsIgnoreCase(text)) return s;
        }
        return null;
    }
}
