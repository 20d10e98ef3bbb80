package dev.schemactl.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * java.util.logging (Liquibase, JDBC drivers and the JDK log through it) routed to SLF4J, with schemactl's levels.
 * The CLI names this class as {@code java.util.logging.config.class}, so JUL's LogManager runs it when something first
 * logs through JUL, and not at all in a run where nothing does (starting the LogManager cost a tenth of a `--help`).
 * A JVM whose JUL is already running (tests, an embedding application) is configured at once instead.
 */
public final class JulSetup {
    private static final String CONFIG_CLASS = "java.util.logging.config.class";
    private static volatile boolean verbose;
    private static volatile boolean deferred;
    private static volatile boolean configured;

    /** Called by JUL's LogManager (no-argument constructor of the configuration class). */
    public JulSetup() throws IOException {
        String config = "handlers = org.slf4j.bridge.SLF4JBridgeHandler\n"
                + ".level = " + (verbose ? "INFO" : "WARNING") + "\n"
                + "liquibase.level = " + (verbose ? "INFO" : "OFF") + "\n";
        LogManager.getLogManager().readConfiguration(new ByteArrayInputStream(config.getBytes(StandardCharsets.ISO_8859_1)));
        configured = true;
    }

    /** In a fresh JVM, before anything uses JUL: configure it only when it starts. */
    static void deferToFirstUse() {
        if (System.getProperty(CONFIG_CLASS) == null) {
            System.setProperty(CONFIG_CLASS, JulSetup.class.getName());
            deferred = true;
        }
        // MariaDB's driver logs through SLF4J when it finds it, which started logback on every connection; through JUL
        // its warnings reach the same place (bridged here), and logging starts only when it has something to say
        if (System.getProperty("mariadb.logging.slf4j.enable") == null) System.setProperty("mariadb.logging.slf4j.enable", "false");
        if (System.getProperty("mariadb.logging.fallback") == null) System.setProperty("mariadb.logging.fallback", "JDK");
    }

    /** This run's levels: remembered for a deferred start, applied now otherwise. */
    static void levels(boolean verboseRun) {
        verbose = verboseRun;
        if (deferred && !configured) return;
        if (!configured) {
            org.slf4j.bridge.SLF4JBridgeHandler.removeHandlersForRootLogger();
            org.slf4j.bridge.SLF4JBridgeHandler.install();
            configured = true;
        }
        Logger.getLogger("").setLevel(verboseRun ? Level.INFO : Level.WARNING);
        Logger.getLogger("liquibase").setLevel(verboseRun ? Level.INFO : Level.OFF);
    }
}
