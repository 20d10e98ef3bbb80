package dev.schemactl.mcp;

import dev.schemactl.diff.Renames;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import dev.schemactl.protect.ServerTarget;
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
        if (call.project().isProtected()) return protectedSpec(call);
        String toUrl = args.text("to_url", "^(postgres|postgresql|mysql|mariadb)://\\S+$|^h2:\\S+$|^jdbc:\\S+$", "a database URL");
        Path toSql = args.projectFile("to_sql", call.project().projectDir());
        return new DesiredSpec(List.of(), List.of(), toUrl, toSql, null);
    }

    /**
     * Protected mode: {@code to_url} may only name a database of the target's {@code diff_urls} (by name or URL); a
     * {@code to_sql} file would run the agent's SQL on a shadow database with the server's credentials, so it is refused.
     */
    private static DesiredSpec protectedSpec(ToolCall call) {
        ToolArguments args = call.arguments();
        ServerTarget target = call.project().target();
        if (args.has("to_sql")) {
            throw new SchemactlException(ErrorCode.USAGE, "to_sql is not available on a protected server (the SQL would run on "
                    + "a shadow database with the server's credentials)", "diff against a SQL file on your own machine with "
                    + "`schemactl diff --to-sql FILE` and a local database");
        }
        String toUrl = args.text("to_url", "^\\S{1,2000}$", "a database name from the server's diff_urls");
        if (toUrl == null) return new DesiredSpec(List.of(), List.of(), null, null, null);
        String configured = target.diffUrl(toUrl).orElseThrow(() -> new SchemactlException(ErrorCode.USAGE,
                "to_url may only name a database this server's config lists for target " + target.name(),
                target.diffUrls().isEmpty() ? "the target lists none (diff_urls in the server's config)"
                        : "the names are: " + String.join(", ", target.diffUrls().keySet())));
        return new DesiredSpec(List.of(), List.of(), configured, null, null);
    }

    static Renames renames(ToolCall call) {
        return Renames.parse(call.arguments().strings("renames", RENAME, "table.old_column=new_column or old_table=new_table"));
    }
}
