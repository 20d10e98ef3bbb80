package dev.schemactl.cli;

import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import dev.schemactl.mcp.SchemactlMcpServer;
import dev.schemactl.service.LintReports;
import dev.schemactl.service.LintThreshold;
import dev.schemactl.service.RiskResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code schemactl lint [FILE... | --pending] [--fail-on SEVERITY|SCORE]} (alias {@code score}): the risk report of
 * migration files, plain SQL files ("-" reads stdin) or the pending migrations, against the live database's engine,
 * version and row counts. With --fail-on it exits 1 when a finding reaches the severity or the score reaches the number
 * (for CI); the report is printed either way.
 */
@Command(name = LintCommand.NAME, aliases = LintCommand.ALIAS, mixinStandardHelpOptions = true,
        description = {LintCommand.SUMMARY,
                "Every finding with its rule, statement, table/column, base severity, modifiers, final severity, points and "
                        + "safe alternative; the score formula; whether a failure can be rolled back."},
        footer = {"", "--format sarif (SARIF 2.1.0 for code scanning), github (workflow-command annotations), markdown (a",
                "pull-request comment) for CI; text and json as everywhere.",
                "", "Exit codes: 0 ok, 1 --fail-on reached (or an error), 2 usage."})
final class LintCommand implements Callable<Integer>, OutputFormat.Extended {
    /** The name and the summary line the root's usage lists (RootHelp reads these, not the annotation). */
    static final String NAME = "lint";
    static final String ALIAS = "score";
    static final String SUMMARY = "Score the risk of migration files, SQL files (- reads stdin) or the pending migrations (default).";

    @Override
    public java.util.Set<OutputFormat> formats() {
        return java.util.EnumSet.of(OutputFormat.text, OutputFormat.json, OutputFormat.sarif, OutputFormat.github,
                OutputFormat.markdown);
    }

    @ParentCommand
    SchemactlCommand root;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Migration files or plain SQL files, scored in this order.")
    List<Path> files;

    @Option(names = "--pending", description = "Score what `migrate` would run now (the default without FILEs).")
    boolean pending;

    @Option(names = "--fail-on", paramLabel = "SEVERITY|SCORE",
            description = "Exit 1 when a finding is at least SEVERITY (info, low, medium, high, critical) or the score is at "
                    + "least SCORE (0-100).")
    String failOn;

    @Override
    public Integer call() {
        boolean named = files != null && !files.isEmpty();
        if (named && pending) {
            throw new SchemactlException(ErrorCode.USAGE, "choose FILE... or --pending, not both", "see `schemactl lint --help`");
        }
        LintThreshold threshold = failOn == null ? null : LintThreshold.parse(failOn);
        RiskResult result;
        if (!named) {
            result = root.risk().lintPending();
        } else if (files.size() == 1 && files.get(0).toString().equals("-")) {
            result = root.risk().lintSql(stdin(), "stdin");
        } else {
            result = root.risk().lintFiles(files);
        }
        switch (root.format) {
            case sarif -> print(LintReports.sarif(result, SchemactlMcpServer.VERSION));
            case github -> print(LintReports.github(result));
            case markdown -> print(LintReports.markdown(result));
            default -> root.emit(result);
        }
        String failure = threshold == null ? null : threshold.failure(result);
        if (failure != null) {
            root.context.err().println("lint: " + failure + " (--fail-on " + failOn + ")");
            root.context.err().flush();
            return 1;
        }
        return 0;
    }

    private void print(String text) {
        root.context.out().print(text);
        root.context.out().flush();
    }

    private String stdin() {
        try {
            return dev.schemactl.migration.SqlFileText.text(root.context.in().readAllBytes(), "stdin");
        } catch (IOException e) {
            throw new SchemactlException(ErrorCode.USAGE, "cannot read stdin: " + e.getMessage(), "pass a file instead");
        }
    }
}
