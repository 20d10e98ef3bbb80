package dev.schemactl.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * Logback's configuration, in code: parsing a logback.xml (Joran) cost a third of a second on every start.
 * Every log goes to stderr (stdout belongs to the MCP stdio protocol and to the JSON format); the exception
 * part is one line unless --verbose ({@link StackTraceConverter}). Hikari and Liquibase log failures that
 * schemactl reports itself, one line, so they are off.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_TOP_PRIORITY)
// Logback starts only when a class first logs (a `--help` never does); it then reads the run's levels from LogLevels,
// which hands later runs' levels (tests run several commands in one JVM) to the running context.
public final class LogSetup extends ContextAwareBase implements Configurator {
    private static void applyLevels(LoggerContext context) {
        boolean verbose = LogLevels.verbose();
        context.getLogger("dev.schemactl").setLevel(verbose ? Level.DEBUG : Level.WARN);
        context.getLogger("liquibase").setLevel(verbose ? Level.INFO : Level.OFF);
        // the online schema change reports its progress (pt-online-schema-change's output) as it goes
        if (!verbose) context.getLogger("dev.schemactl.engine.mariadb.PtOnlineSchemaChange").setLevel(Level.INFO);
    }

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        PatternLayout layout = new PatternLayout();
        layout.setContext(context);
        layout.getInstanceConverterMap().put("schemactlEx", StackTraceConverter::new);
        layout.setPattern("%d{HH:mm:ss.SSS} %-5level %logger{20} - %msg%n%schemactlEx");
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
        context.getLogger("com.zaxxer.hikari").setLevel(Level.OFF);
        context.getLogger("liquibase").setLevel(Level.OFF);
        context.getLogger("org.hibernate").setLevel(Level.WARN);
        applyLevels(context);
        LogLevels.whenChanged(() -> applyLevels(context));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
