package dev.schemactl.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * What a CLI run talks to: its streams, environment and working directory (tests pass their own), and whether a
 * terminal is attached, asked only when a command needs to know ({@code System.console()} looks up console providers:
 * a twentieth of a `--help`).
 */
public record CliContext(PrintStream out, PrintStream err, InputStream in, Map<String, String> env, Path workingDir,
                         BooleanSupplier terminal) {
    public CliContext(PrintStream out, PrintStream err, InputStream in, Map<String, String> env, Path workingDir,
                      boolean interactive) {
        this(out, err, in, env, workingDir, () -> interactive);
    }

    public boolean interactive() {
        return terminal.getAsBoolean();
    }
}
