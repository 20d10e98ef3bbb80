package dev.schemactl.cli;

/**
 * Whether this run is --verbose, for the logging set-up ({@link LogSetup}, {@link StackTraceConverter}). A plain class:
 * setting it loads no logging library, which starts only when a class first logs.
 */
final class LogLevels {
    private static volatile boolean verbose;
    private static volatile Runnable running;

    private LogLevels() {
    }

    /** This run's choice; a logback already running (tests run several commands in one JVM) takes it at once. */
    static void verbose(boolean verboseRun) {
        verbose = verboseRun;
        Runnable apply = running;
        if (apply != null) apply.run();
    }

    /** Set by the started logging: how to apply a later run's levels. */
    static void whenChanged(Runnable apply) {
        running = apply;
    }

    static boolean verbose() {
        return verbose;
    }
}
