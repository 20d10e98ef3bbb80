package dev.schemactl.cli;

import dev.schemactl.config.DatabaseUrl;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.concurrent.Callable;

@Command(name = DropCommand.NAME, mixinStandardHelpOptions = true,
        description = {DropCommand.SUMMARY,
                "elsewhere (scripts, CI, agents) it needs --force."})
final class DropCommand implements Callable<Integer> {
    /** The name and the summary line the root's usage lists (RootHelp reads these, not the annotation). */
    static final String NAME = "drop";
    static final String SUMMARY = "Drop the database. At a terminal it asks you to type the database name;";

    @ParentCommand
    SchemactlCommand root;

    @Option(names = {"-f", "--force"}, description = "Drop without asking.")
    boolean force;

    @Override
    public Integer call() throws IOException {
        DatabaseUrl url = root.settings().databaseUrl();
        String name = url.isH2Memory() || url.filePath() != null ? url.filePath() == null ? url.database()
                : url.filePath().getFileName().toString() : url.database();
        if (!force) {
            if (!root.context.interactive()) {
                throw new SchemactlException(ErrorCode.USAGE, "refusing to drop " + url.masked()
                        + " without confirmation: not at a terminal", "pass --force to drop it");
            }
            root.context.err().print("This drops " + url.masked() + " and all its data. Type its name (" + name + ") to confirm: ");
            root.context.err().flush();
            String answer = new BufferedReader(new InputStreamReader(root.context.in())).readLine();
            if (answer == null || !answer.trim().equals(name)) {
                throw new SchemactlException(ErrorCode.USAGE, "not dropped: the name did not match", "type the exact name, or pass --force");
            }
        }
        root.emit(root.migrations().drop());
        return 0;
    }
}
