package dev.schemactl.mcp;

import dev.schemactl.diff.Renames;
import dev.schemactl.service.DesiredSpec;

import java.nio.file.Path;
import java.util.List;

/** The desired-state arguments diff_schema and generate_migration share: to_url, to_sql, renames. */
final class DesiredArguments {
    static final String RENAME = "^[A-Za-z_][A-Za-z0-9_]{0,62}(\\.[A-Za-z_][A-Za-z0-9_]{0,62})?=[A-Za-z_][A-Za-z0-9_]{0,62}$";

    private DesiredArguments() {
    }

    static DesiredSpec spec(ToolCall call) {
        ToolArguments args = call.arguments();
        args.exclusive("to_url", "to_sql");
        String toUrl = args.text("to_url", "^(postgres|postgresql|mysql|mariadb)://\\S+$|^h2:\\S+$|^jdbc:\\S+$", "a database URL");
        Path toSql = args.projectFile("to_sql", call.project().projectDir());
        return new DesiredSpec(List.of(), List.of(), toUrl, toSql, null);
    }

    static Renames renames(ToolCall call) {
        return Renames.parse(call.arguments().strings("renames", RENAME, "table.old_column=new_column or old_table=new_table"));
    }
}
