package dev.schemactl.cli;

import dev.schemactl.config.DatabaseUrl;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import dev.schemactl.risk.ReportText;
import dev.schemactl.service.GateRefusal;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Entry point: runs one command, maps every failure to a one-line error and an exit code. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        JulSetup.deferToFirstUse();
        // picocli's default factory looks for Groovy's Closure class once, through every jar of the class path: a sixth
        // of a `status` on H2. schemactl has no Groovy.
        if (System.getProperty("picocli.disable.closures") == null) System.setProperty("picocli.disable.closures", "true");
        CliContext context = new CliContext(System.out, System.err, System.in, System.getenv(),
                Path.of("").toAbsolutePath(), () -> System.console() != null);
        int code = run(args, context);
        // Runtime.exit logs the exit through System.Logger (JDK 21+), which starts JUL's LogManager in a run that never
        // logged: a clean run whose other threads are all daemons ends by returning instead
        if (code == 0 && onlyDaemonThreadsLeft()) return;
        System.exit(code);
    }

    private static boolean onlyDaemonThreadsLeft() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) root = root.getParent();
        Thread[] threads = new Thread[root.activeCount() + 8];
        int count = root.enumerate(threads, true);
        for (int i = 0; i < count; i++) {
            if (threads[i] != Thread.currentThread() && !threads[i].isDaemon() && threads[i].isAlive()) return false;
        }
        return count < threads.length;
    }

    public static int run(String[] args, CliContext context) {
        boolean verbose = Arrays.stream(args).anyMatch(a -> a.equals("-v") || a.equals("--verbose"));
        configureLogging(verbose);
        SchemactlCommand root = new SchemactlCommand(context);
        CommandLine cli = SchemactlCommand.commandLine(root, CommandLine.defaultFactory(), args);
        cli.setOut(new PrintWriter(context.out(), true));
        cli.setErr(new PrintWriter(context.err(), true));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler((e, badArgs) -> {
            String command = e.getCommandLine().getCommandName();
            context.err().println("error: " + e.getMessage() + " — see `" + (command.equals("schemactl") ? "" : "schemactl ")
                    + command + " --help`");
            if (root.format == OutputFormat.json) printJsonError(context, ErrorCode.USAGE, e.getMessage(), "see --help");
            return ErrorCode.USAGE.exitCode();
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            SchemactlException error = e instanceof SchemactlException s ? s
                    : new SchemactlException(ErrorCode.INTERNAL, "unexpected failure: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()), "run with --verbose and report it", e);
            String line = DatabaseUrl.maskText(error.oneLine());
            if (error instanceof GateRefusal refusal && root.format != OutputFormat.json) {
                context.err().print("Risk findings that the policy stops on:\n" + ReportText.render(refusal.report()));
            }
            context.err().println("error: " + line);
            if (verbose && error.getCause() != null) error.getCause().printStackTrace(context.err());
            else if (verbose) error.printStackTrace(context.err());
            if (root.format == OutputFormat.json && error instanceof GateRefusal refusal) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("code", error.code().name());
                body.put("message", DatabaseUrl.maskText(error.getMessage()));
                body.put("hint", error.hint());
                body.put("approveCommand", refusal.verdict().approveCommand());
                body.put("decision", refusal.verdict().decision());
                body.put("report", refusal.report());
                context.out().println(Json.write(Map.of("error", body)));
                context.out().flush();
            } else if (root.format == OutputFormat.json) {
                printJsonError(context, error.code(), DatabaseUrl.maskText(error.getMessage()), error.hint());
            }
            return error.code().exitCode();
        });
        cli.setExecutionStrategy(parseResult -> {
            CommandLine last = parseResult.asCommandLineList().get(parseResult.asCommandLineList().size() - 1);
            java.util.Set<OutputFormat> allowed = last.getCommand() instanceof OutputFormat.Extended extended
                    ? extended.formats() : OutputFormat.EVERYWHERE;
            if (root.format != null && !allowed.contains(root.format)) {
                throw new CommandLine.ParameterException(last, "--format " + root.format + " is not available for `"
                        + last.getCommandName() + "` (it takes " + allowed.stream().map(Enum::name).sorted()
                        .collect(java.util.stream.Collectors.joining(", ")) + ")");
            }
            return new CommandLine.RunLast().execute(parseResult);
        });
        return cli.execute(args);
    }

    private static void printJsonError(CliContext context, ErrorCode code, String message, String hint) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code.name());
        body.put("message", message);
        body.put("hint", hint);
        context.out().println(Json.write(Map.of("error", body)));
        context.out().flush();
    }

    private static void configureLogging(boolean verbose) {
        // neither touches logback nor starts JUL: both start when something first logs (a `--help` never does)
        LogLevels.verbose(verbose);
        JulSetup.levels(verbose);
    }
}
