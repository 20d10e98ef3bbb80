package dev.schemactl.cli;

import dev.schemactl.diff.Renames;
import dev.schemactl.service.DesiredSpec;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Where the desired schema comes from, and rename hints: shared by `new` and `diff`. */
final class DesiredOptions {
    @Option(names = "--models", paramLabel = "PATH", description = "Class folder or jar holding the entities (repeatable; default: models.classpath).")
    List<Path> models = new ArrayList<>();

    @Option(names = "--package", paramLabel = "PKG", description = "Package to scan for entities (repeatable; default: models.packages).")
    List<String> packages = new ArrayList<>();

    @Option(names = "--to-url", paramLabel = "URL", description = "Another database is the desired state.")
    String toUrl;

    @Option(names = "--to-sql", paramLabel = "FILE", description = "A SQL schema file is the desired state (loaded into a shadow database).")
    Path toSql;

    @Option(names = "--shadow-url", paramLabel = "URL", description = "Database to load --to-sql into (default: a temporary one).")
    String shadowUrl;

    @Option(names = "--rename", paramLabel = "TABLE.OLD=NEW", description = "A column rename (repeatable; schema.table.old=new outside the default schema); keeps the data. On PostgreSQL TYPE.OLD=NEW renames a value of an enum type.")
    List<String> renames = new ArrayList<>();

    @Option(names = "--rename-table", paramLabel = "OLD=NEW", description = "A table rename (repeatable; schema.old=new outside the default schema); keeps the data.")
    List<String> tableRenames = new ArrayList<>();

    @Option(names = "--drop-extra", description = "Also drop what only the database has (tables, columns, indexes, constraints the "
            + "desired state does not declare). Without it they are listed and kept.")
    boolean dropExtra;

    private static final java.util.regex.Pattern QUALIFIED_TABLE_RENAME =
            java.util.regex.Pattern.compile("([^.=\"\\s]+)\\.([^.=\"\\s]+)=(?:\\1\\.)?([^.=\"\\s]+)");

    DesiredSpec spec() {
        return new DesiredSpec(models, packages, toUrl, toSql, shadowUrl);
    }

    Renames renames() {
        List<String> all = new ArrayList<>(renames);
        for (String t : tableRenames) {
            // schema.old=new (or schema.old=schema.new): a table of another managed schema, renamed in it
            java.util.regex.Matcher qualified = QUALIFIED_TABLE_RENAME.matcher(t.strip());
            if (qualified.matches()) {
                all.add(qualified.group(1) + "." + qualified.group(2) + "=" + qualified.group(1) + "." + qualified.group(3));
                continue;
            }
            // a quoted name may hold dots ("shop.order_lines"="shop.lines"), as in --rename
            if (t.replaceAll("\"(?:[^\"]|\"\")*\"", "").contains(".")) {
                throw new dev.schemactl.error.SchemactlException(dev.schemactl.error.ErrorCode.USAGE,
                        "invalid table rename '" + t + "'", "use --rename-table old=new or schema.old=new (column renames go in --rename)");
            }
            all.add(t);
        }
        return Renames.parse(all);
    }
}
