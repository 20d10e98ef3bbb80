package dev.schemactl.cli;

import dev.schemactl.service.LockReport;
import dev.schemactl.service.VerificationReport;
import dev.schemactl.service.VerifyService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = VerifyCommand.NAME, mixinStandardHelpOptions = true,
        description = {VerifyCommand.SUMMARY,
                "(H2 in memory, a temporary database on the same server, or --shadow-url) brought to the state before",
                "it, apply it, inspect, roll it back, inspect again, compare with the state before, and apply it again.",
                "Reports per migration: applies, rolls back, restores the schema exactly (or every object that differs),",
                "and whether the rollback loses data. Without VERSION or --pending every migration is checked.",
                "Exit code 1 when a migration fails the check.",
                "With --locks, measures instead what each statement really does: on a temporary PostgreSQL or MariaDB",
                "database with a few rows per table it records the locks held (pg_locks) and tables rewritten (PostgreSQL),",
                "or the ALTER algorithm and lock level the server accepts (MariaDB), beside the risk rules' prediction,",
                "and flags where they disagree. Exit code 1 when a statement fails to run."})
final class VerifyCommand implements Callable<Integer> {
    /** The name and the summary line the root's usage lists (RootHelp reads these, not the annotation). */
    static final String NAME = "verify";
    static final String SUMMARY = "Check that each migration's rollback really restores the schema: on a shadow database";

    static final int FAILED_EXIT_CODE = 1;

    @ParentCommand
    SchemactlCommand root;

    @Parameters(paramLabel = "VERSION", arity = "0..*", description = "Versions to check (default: all).")
    List<String> versions = new ArrayList<>();

    @Option(names = "--pending", description = "Check the migrations not yet applied to the database (--url).")
    boolean pending;

    @Option(names = "--shadow-url", paramLabel = "URL",
            description = "An empty database of the same engine to replay on (default: a temporary one); emptied afterwards.")
    String shadowUrl;

    @Option(names = "--locks", description = "Measure locks and rewrites of each statement instead of checking the rollback.")
    boolean locks;

    @Override
    public Integer call() {
        if (locks) {
            LockReport measured = new VerifyService(root.settings()).locks(versions, pending, shadowUrl);
            root.emit(measured);
            return measured.allRan() ? 0 : FAILED_EXIT_CODE;
        }
        VerificationReport report = new VerifyService(root.settings()).verify(versions, pending, shadowUrl);
        root.emit(report);
        return report.allVerified() ? 0 : FAILED_EXIT_CODE;
    }
}
