package dev.schemactl.mcp;

import dev.schemactl.service.Result;
import dev.schemactl.service.RiskService;
import io.modelcontextprotocol.spec.McpSchema;

/** score_risk: the `schemactl lint` use case (a version, the pending migrations, or SQL text). */
final class ScoreRiskTool implements McpTool {

    @Override
    public String name() {
        return "score_risk";
    }

    @Override
    public String title() {
        return "Score the risk of a migration";
    }

    @Override
    public String description() {
        return """
                Scores the risk of SQL before it runs: a named migration ('version'), all pending migrations \
                ('pending' true, the default when nothing else is given), or SQL text you pass in 'sql'. The SQL is \
                read as structural changes and checked against rules (destructive drops, locks and table rewrites, \
                changes that break running code or may fail on existing data, transaction problems), with \
                severities adjusted by the live database's engine, version and row counts. Read-only.
                Returns structuredContent {subject, database, engine, statements, sources, report: {findings: [{ruleId, \
                category, statement, table, column, baseSeverity, modifiers: [{reason, steps}], severity, message, \
                safeAlternative}], score (0-100), band (none/low/medium/high/critical), formula, rollbackability}, \
                rollbackVerification: ["VERSION: rollback verified" or why not]} and the report as text.
                With 'measure' true (PostgreSQL or MariaDB), each statement also runs on a temporary shadow database \
                holding a few rows per table, and report.measured lists what it really did: [{statement, locks: \
                [{relation, kind, mode}], rewritten: [tables], algorithm (MariaDB: the ALTER ALGORITHM/LOCK accepted), \
                blocksWrites, note, error}]; report.disagreements lists where that contradicts the rules.
                Next: explain the findings to the user in plain words (prompt explain_risk helps), prefer the safe \
                alternatives, and remember that apply_migration asks a human to confirm what the policy marks risky.""";
    }

    @Override
    public McpSchema.ToolAnnotations annotations() {
        return McpTool.hints(title(), true, false, true);
    }

    @Override
    public Result call(ToolCall call) {
        ToolArguments args = call.arguments();
        String version = args.version("version");
        String sql = args.has("sql") ? args.text("sql", "(?s).*\\S.*", "SQL text") : null;
        int given = (version != null ? 1 : 0) + (sql != null ? 1 : 0) + (args.flag("pending") ? 1 : 0);
        if (given > 1) {
            throw new dev.schemactl.error.SchemactlException(dev.schemactl.error.ErrorCode.USAGE,
                    "give one of 'version', 'pending' or 'sql'", "each scores a different thing");
        }
        RiskService risk = call.risk();
        if (args.flag("measure")) {
            if (sql != null) {
                throw new dev.schemactl.error.SchemactlException(dev.schemactl.error.ErrorCode.USAGE,
                        "'measure' works with 'version' or 'pending', not with 'sql'",
                        "write the SQL into a migration (generate_migration) and measure it by version");
            }
            return risk.measured(version);
        }
        if (version != null) return risk.lintVersion(version);
        if (sql != null) return risk.lintSql(sql, "sql");
        return risk.lintPending();
    }
}
