package dev.schemactl.mcp;

import dev.schemactl.service.GateRefusal;
import dev.schemactl.service.GateResult;

import dev.schemactl.service.MigrateResult;
import dev.schemactl.service.MigrationService;
import dev.schemactl.service.Result;
import io.modelcontextprotocol.spec.McpSchema;

/** apply_migration: the `schemactl migrate [--to VERSION] [--dry-run]` use case. */
final class ApplyMigrationTool implements McpTool {

    @Override
    public String name() {
        return "apply_migration";
    }

    @Override
    public String title() {
        return "Apply pending migrations";
    }

    @Override
    public String description() {
        return """
                Applies the pending migration files to the project's database through Liquibase, in version order, \
                under the migration lock: every pending file, or only up to and including 'to_version'. This \
                changes the database schema (and can lose data if a migration drops something), so first call it \
                with dry_run true, which changes nothing and returns the SQL each pending file would run, show that \
                SQL to the user and apply only after they agree. Applying when nothing is pending is a no-op.
                Refuses (isError) when an applied file changed after it was applied, when a file was written for \
                another database engine, or when 'to_version' is not the 14-digit version of an existing file.
                Returns structuredContent {action: "migrate", versions: [applied versions, or the ones a dry run \
                would apply], dryRun, plan: [{version, name, file, sql}] (dry run only), status: {...as \
                migration_status}} and a summary text. Sends a progress notification per file when the request \
                carries a progressToken.
                If a migration fails, the error says which file and statement, and whether the engine rolled the \
                file back as a whole (PostgreSQL) or left earlier statements applied (MariaDB/H2); call \
                migration_status next. \
                Policy: before anything runs, the SQL is scored (see score_risk) and the project's policy decides. If it \
                needs a human, nothing runs and structuredContent is {status: "confirmation_required", message, \
                findings, score, plan_digest, how_to_confirm}: tell the user the findings, ask them to run the \
                `schemactl approve ...` command from how_to_confirm, and call again with confirmation_token set to the \
                token (or signed approval text) they give you (single use, bound to this exact SQL). {status: "denied"} means the policy \
                forbids it: do not retry; explain the rule to the user.""";
    }

    @Override
    public McpSchema.ToolAnnotations annotations() {
        return McpTool.hints(title(), false, true, true);
    }

    @Override
    public Result call(ToolCall call) {
        String toVersion = call.arguments().version("to_version");
        boolean dryRun = call.arguments().flag("dry_run");
        MigrationService migrations = call.migrations();
        if (dryRun) return migrations.planMigrate(toVersion);
        MigrateResult result;
        try {
            result = migrations.migrate(toVersion, token(call), call.migrationProgress());
        } catch (GateRefusal refusal) {
            java.util.Optional<String> elicited = call.project().isProtected() ? java.util.Optional.empty()
                    : ElicitedConfirmation.ask(call, refusal, "apply the pending migrations");
            if (elicited.isEmpty()) {
                call.log(McpSchema.LoggingLevel.WARNING, refusal.getMessage());
                return GateResult.of(refusal);
            }
            result = migrations.migrate(toVersion, elicited.get(), call.migrationProgress());
        }
        call.log(McpSchema.LoggingLevel.INFO, result.versions().isEmpty() ? "nothing to apply"
                : "applied " + String.join(", ", result.versions()));
        return result;
    }

    /** The human's approval token, when the agent passes one back after confirmation_required. */
    static String token(ToolCall call) {
        if (call.project().isProtected() && call.arguments().has("confirmation_token")) {
            throw new dev.schemactl.error.SchemactlException(dev.schemactl.error.ErrorCode.USAGE,
                    "this server runs in protected mode and takes no confirmation_token",
                    "ask your human to run the `schemactl approve --server ...` command the refusal named, then call again without a token");
        }
        return call.arguments().text("confirmation_token", "^(sc1\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+|schemactl approval v1\n[\\s\\S]+)$",
                "the token `schemactl approve` printed (sc1.xxx.yyy) or the signed approval text it printed");
    }
}
