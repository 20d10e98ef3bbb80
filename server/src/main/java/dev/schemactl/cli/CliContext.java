package dev.schemactl.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/** What a CLI run talks to: its streams, environment and working directory (tests pass their own). */
public record CliContext(PrintStream out, PrintStream err, InputStream in, Map<String, String> env, Path workingDir,
                         boolean interactive) {
}
