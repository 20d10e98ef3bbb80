package dev.schemactl.cli;

import dev.schemactl.migration.MigrationClock;
import dev.schemactl.service.ChangeView;
import dev.schemactl.service.DesiredSpec;
import dev.schemactl.service.MigrationsCheck;
import dev.schemactl.service.DiagramFormat;
import dev.schemactl.service.DiffResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

@Command(name = DiffCommand.NAME, mixinStandardHelpOptions = true,
        description = {DiffCommand.SUMMARY,
                "(models, --to-url or --to-sql). Writes nothing. With --check, exits 1 when they differ.",
                "--format mermaid|dot|svg draws the schema after the plan instead: added green, changed yellow,",
                "dropped red (struck through), only in the database grey."})
final class DiffCommand implements Callable<Integer>, OutputFormat.Extended {
    /** The name and the summary line the root's usage lists (RootHelp reads these, not the annotation). */
    static final String NAME = "diff";
    static final String SUMMARY = "Print the plan and its SQL from the live database (or --from-url) to the desired state";

    @Override
    public java.util.Set<OutputFormat> formats() {
        return java.util.EnumSet.of(OutputFormat.text, OutputFormat.json, OutputFormat.mermaid, OutputFormat.dot, OutputFormat.svg);
    }

    private static final String GREEN = "\u001B[32m";
    private static final String RED = "\u001B[31m";
    private static final String YELLOW = "\u001B[33m";
    private static final String RESET = "\u001B[0m";

    static final int CHANGES_EXIT_CODE = 1;

    @ParentCommand
    SchemactlCommand root;

    @Option(names = "--from-url", paramLabel = "URL", description = "Compare from this database instead of --url.")
    String fromUrl;

    @Option(names = "--from-migrations", description = "Compare from what the migration files produce, replayed on a shadow "
            + "database (--shadow-url, else H2 in memory or a temporary database of the server) instead of the live database: "
            + "with --check, CI's \"an entity changed but no migration was written\" without a live database.")
    boolean fromMigrations;

    @Option(names = "--check", description = "Exit with 1 when the plan is not empty or an unmanaged object (view, function, trigger, ...) differs (CI: a model changed but no migration was written).")
    boolean check;

    @Mixin
    DesiredOptions desired;

    @Override
    public Integer call() {
        DiagramFormat diagram = ErdCommand.diagramFormat(root.format);
        DiffResult result;
        if (fromMigrations) {
            if (fromUrl != null || diagram != null) {
                throw new dev.schemactl.error.SchemactlException(dev.schemactl.error.ErrorCode.USAGE,
                        "--from-migrations takes neither --from-url nor a diagram format", "drop one of them");
            }
            DesiredSpec spec = desired.spec();
            result = new MigrationsCheck(root.settings(), MigrationClock.fromEnvironment(root.context.env())).check(
                    new DesiredSpec(spec.models(), spec.packages(), spec.toUrl(), spec.toSql(), null), desired.renames(),
                    spec.shadowUrl());
        } else {
            result = root.schemas().diff(fromUrl, desired.spec(), desired.renames(), desired.dropExtra, diagram);
        }
        if (diagram != null) {
            root.context.out().print(result.diagram());
            root.context.out().flush();
        } else if (root.format == OutputFormat.text && root.context.interactive() && !result.isEmpty()) {
            root.context.out().print(colored(result));
            root.context.out().flush();
        } else {
            root.emit(result);
        }
        return check && !result.isConverged() ? CHANGES_EXIT_CODE : 0;
    }

    private static String colored(DiffResult result) {
        StringBuilder out = new StringBuilder();
        for (String line : result.text().split("\n", -1)) {
            String color = line.startsWith("+ ") ? GREEN : line.startsWith("- ") ? RED
                    : line.startsWith("~ ") || line.startsWith("? ") ? YELLOW : null;
            out.append(color == null ? line : color + line + RESET).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    @SuppressWarnings("unused")
    private static String marker(ChangeView c) {
        return c.marker();
    }
}
