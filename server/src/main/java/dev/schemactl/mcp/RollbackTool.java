package dev.schemactl.mcp;

import dev.schemactl.service.GateRefusal;
import dev.schemactl.service.GateResult;

import dev.schemactl.service.MigrateResult;
import dev.schemactl.service.MigrationService;
import dev.schemactl.service.Result;
import io.modelcontextprotocol.spec.McpSchema;

/** rollback: the `schemactl rollback [--steps N | --to VERSION] [--dry-run]` use case. */
final class RollbackTool implements McpTool {

    @Override
    public String name() {
        return "rollback";
    }

    @Override
    public String title() {
        return "Roll back applied migrations";
    }

    @Override
    public String description() {
        return """
                Undoes applied migrations by running the '--rollback' SQL of their changesets, newest first, under \
                the migration lock: the last one (default), the last 'steps' ones, or every migration applied after \
                'to_version' (that version itself stays applied). Give 'steps' or 'to_version', not both. Rolling \
                back usually drops tables or columns and the data in them, so first call it with dry_run true, \
                which changes nothing and returns the rollback SQL that would run, show it to the user, and roll \
                back only after they agree. Calling it again rolls back further: it is not idempotent.
                Refuses (isError) when a file to roll back changed after it was applied or is missing, or when \
                'to_version' is not the 14-digit version of an existing file.
                Returns structuredContent {action: "rollback", versions: [rolled back versions, or the ones a dry \
                run would roll back], dryRun, plan: [{version, name, file, sql}] (dry run only), status: {...as \
                migration_status}} and a summary text. Call migration_status afterwards if in doubt. \
                Policy: before anything runs, the SQL is scored (see score_risk) and the project's policy decides. If it \
                needs a human, nothing runs and structuredContent is {status: "confirmation_required", message, \
                findings, score, plan_digest, how_to_confirm}: tell the user the findings, ask them to run the \
                `schemactl approve ...` command from how_to_confirm, and call again with confirmation_token set to the \
                token (or signed approval text) they give you (single use, bound to this exact SQL). {status: "denied"} means the policy \
                forbids it: do not retry; explain the rule to the user.""";
    }

    @Override
    public McpSchema.ToolAnnotations annotations() {
        return McpTool.hints(title(), false, true, false);
    }

    @Override
    public Result call(ToolCall call) {
        call.arguments().exclusive("steps", "to_version");
        Integer steps = call.arguments().integer("steps", 1, 1000);
        String toVersion = call.arguments().version("to_version");
        boolean dryRun = call.arguments().flag("dry_run");
        MigrationService migrations = call.migrations();
        if (dryRun) return migrations.planRollback(steps, toVersion);
        MigrateResult result;
        try {
            result = migrations.rollback(steps, toVersion, token(call));
        } catch (GateRefusal refusal) {
            java.util.Optional<String> elicited = call.project().isProtected() ? java.util.Optional.empty()
                    : ElicitedConfirmation.ask(call, refusal, "roll back migrations");
            if (elicited.isEmpty()) {
                call.log(McpSchema.LoggingLevel.WARNING, refusal.getMessage());
                return GateResult.of(refusal);
            }
            result = migrations.rollback(steps, toVersion, elicited.get());
        }
        call.log(McpSchema.LoggingLevel.INFO, result.versions().isEmpty() ? "nothing to roll back"
                : "rolled back " + String.join(", ", result.versions()));
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
