package dev.schemactl.mcp;

import dev.schemactl.service.Result;
import io.modelcontextprotocol.spec.McpSchema;

/** generate_migration: the `schemactl new -m MESSAGE` use case (from the desired state). */
final class GenerateMigrationTool implements McpTool {

    @Override
    public String name() {
        return "generate_migration";
    }

    @Override
    public String title() {
        return "Write the migration for the current schema diff";
    }

    @Override
    public String description() {
        return """
                Writes a new migration file migrations/versions/<yyyyMMddHHmmss>_<message>.sql holding the SQL that \
                takes the live database to the desired schema (the project's JPA entities, or 'to_url' / 'to_sql'), \
                with a rollback for every change, and checks on a shadow database that the rollback restores the \
                schema. With 'dry_run' true it returns the file's content without writing it. When the database \
                already matches it writes nothing and says "no changes". It does not apply anything: the database \
                is unchanged.
                Call it after editing entities, with a short 'message' naming the change (e.g. "add customer \
                phone"). If diff_schema reported possibleRenames that really are renames, pass renames \
                ["table.old=new"] or the data of the old column is dropped. Refuses while migrations are pending \
                (apply them first). What only the database has (hand-written indexes, columns of removed fields) is \
                kept and named in the message; 'drop_extra' true drops it too: only when the human asked for it. \
                Refuses a plan that drops every table of the database unless 'allow_drop_all' is true (an empty \
                desired state is usually an accident: ask the user before setting it).
                Returns structuredContent {path, version, content, message, verification, verificationNote} and a \
                summary. Next: show the SQL to the user, call score_risk for its risk, then apply_migration.""";
    }

    @Override
    public McpSchema.ToolAnnotations annotations() {
        return McpTool.hints(title(), false, false, false);
    }

    @Override
    public Result call(ToolCall call) {
        if (call.project().isProtected()) {
            throw new dev.schemactl.error.SchemactlException(dev.schemactl.error.ErrorCode.USAGE,
                    "generate_migration is not available on a protected server: it applies and rolls back reviewed files, "
                            + "it does not write them", "generate the migration in your checkout against a development "
                            + "database (a local `schemactl serve` or `schemactl diff`), commit it, then call apply_migration here");
        }
        String message = call.arguments().text("message", "^[A-Za-z0-9][A-Za-z0-9 _-]{0,99}$",
                "a short name of letters, digits, spaces, '-' or '_' (at most 100)");
        boolean dryRun = call.arguments().flag("dry_run");
        boolean allowDropAll = call.arguments().flag("allow_drop_all");
        return call.schemas().generateVerified(message, DesiredArguments.spec(call).withAllowDropAll(allowDropAll),
                DesiredArguments.renames(call), dryRun, true, call.arguments().flag("drop_extra"));
    }
}
