package dev.schemactl.cli;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import dev.schemactl.config.DatabaseUrl;

/**
 * The exception part of a log line (logback conversion word {@code %schemactlEx}): the full stack trace
 * with {@code --verbose}, otherwise one line naming the exception, so stderr never carries stack traces
 * that a user did not ask for (libraries such as the MCP SDK log exceptions they handle).
 */
public final class StackTraceConverter extends ThrowableProxyConverter {
    private static final int MAX_MESSAGE = 300;
    @Override
    public String convert(ILoggingEvent event) {
        if (LogLevels.verbose()) return super.convert(event);
        IThrowableProxy error = event.getThrowableProxy();
        if (error == null) return "";
        String name = error.getClassName();
        String simple = name.substring(name.lastIndexOf('.') + 1);
        String message = error.getMessage() == null ? "" : error.getMessage().lines().findFirst().orElse("");
        if (message.length() > MAX_MESSAGE) message = message.substring(0, MAX_MESSAGE) + "…";
        return "  caused by " + simple + (message.isEmpty() ? "" : ": " + DatabaseUrl.maskText(message))
                + " (--verbose shows the stack trace)" + System.lineSeparator();
    }
}
