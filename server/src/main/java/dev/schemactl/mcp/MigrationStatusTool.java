package dev.schemactl.mcp;

import dev.schemactl.service.Result;
import io.modelcontextprotocol.spec.McpSchema;

/** migration_status: the `schemactl status` use case. */
final class MigrationStatusTool implements McpTool {

    @Override
    public String name() {
        return "migration_status";
    }

    @Override
    public String title() {
        return "Migration status";
    }

    @Override
    public String description() {
        return """
                Lists every migration file of the project with its state in the database: applied, pending, \
                partial (a non-transactional migration that failed midway) or missing (applied, but its file is \
                gone), when it was applied, and whether an applied file changed afterwards. Read-only and safe to \
                call at any time; call it first, before apply_migration or rollback, and again afterwards to check \
                the outcome.
                Returns structuredContent {status: {database (URL, password masked), engine, migrations: \
                [{version, name, file, state, changed, appliedAt, changesets, appliedChangesets, pending}], applied, \
                pending, changed: [files]}, drift: {checked, differences: [one line per object], note}} and the \
                status table as text. Drift compares the live schema with what the applied migrations produce on a \
                shadow database: differences mean someone changed the database by hand.
                Next: if 'pending' > 0, review the pending files (resource schemactl://migrations/{version}, or \
                apply_migration with dry_run true) and then apply them; if 'changed' is not empty, do not apply: \
                an applied file was edited and must be restored, with the new change in a new migration; if drift lists \
                differences, tell the human before generating migrations (they would capture the hand-made change).""";
    }

    @Override
    public McpSchema.ToolAnnotations annotations() {
        return McpTool.hints(title(), true, false, true);
    }

    @Override
    public Result call(ToolCall call) {
        if (call.project().isProtected()) {
            // the drift check replays applied files on a shadow database; a file edited after it was applied would run
            // the agent's new SQL there with the server's credentials, so protected mode then skips the drift check
            var plain = call.migrations().status(false, null);
            if (!plain.status().changed().isEmpty()) return plain;
        }
        return call.migrations().status();
    }
}
