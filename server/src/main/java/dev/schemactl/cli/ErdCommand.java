package dev.schemactl.cli;

import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import dev.schemactl.service.DiagramFormat;
import dev.schemactl.service.ErdResult;
import dev.schemactl.service.ErdService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code schemactl erd [--from models|database] [--to-sql FILE] [--format mermaid|dot|svg|json]}: the schema as a diagram. */
@Command(name = ErdCommand.NAME, mixinStandardHelpOptions = true,
        description = {ErdCommand.SUMMARY,
                "From the entities (--from models, no database needed), the database (--from database, or --url URL),",
                "or a SQL file (--to-sql FILE, loaded into a shadow database). Default: the entities when schemactl.yaml",
                "has models, else the database. --format mermaid (default), dot, or svg (needs Graphviz's dot)."})
final class ErdCommand implements Callable<Integer>, OutputFormat.Extended {
    /** The name and the summary line the root's usage lists (RootHelp reads these, not the annotation). */
    static final String NAME = "erd";
    static final String SUMMARY = "Draw the schema: tables, columns with types and keys, foreign keys as edges.";

    @ParentCommand
    SchemactlCommand root;

    @Option(names = "--from", paramLabel = "models|database", description = "What to draw: the entities or the database.")
    String from;

    @Option(names = "--to-sql", paramLabel = "FILE", description = "Draw a SQL schema file (loaded into a shadow database).")
    Path toSql;

    @Override
    public Set<OutputFormat> formats() {
        return EnumSet.of(OutputFormat.text, OutputFormat.json, OutputFormat.mermaid, OutputFormat.dot, OutputFormat.svg);
    }

    @Override
    public Integer call() {
        ErdService.Source source = source();
        DiagramFormat format = diagramFormat(root.format);
        ErdResult result = new ErdService(root.settings()).erd(source, toSql, format == null ? DiagramFormat.MERMAID : format);
        root.emit(result);
        return 0;
    }

    private ErdService.Source source() {
        if (from != null && toSql != null) {
            throw new SchemactlException(ErrorCode.USAGE, "choose --from or --to-sql, not both", "see `schemactl erd --help`");
        }
        if (toSql != null) return ErdService.Source.SQL;
        if (from == null) return root.url != null ? ErdService.Source.DATABASE : ErdService.Source.DEFAULT;
        return switch (from.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "models", "entities" -> ErdService.Source.MODELS;
            case "database", "db", "url" -> ErdService.Source.DATABASE;
            default -> throw new SchemactlException(ErrorCode.USAGE, "invalid --from '" + from + "'",
                    "use --from models or --from database (or --to-sql FILE)");
        };
    }

    /** The diagram format a --format names; null for text and json. */
    static DiagramFormat diagramFormat(OutputFormat format) {
        return switch (format) {
            case mermaid -> DiagramFormat.MERMAID;
            case dot -> DiagramFormat.DOT;
            case svg -> DiagramFormat.SVG;
            default -> null;
        };
    }
}
