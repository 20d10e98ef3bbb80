package dev.schemactl.mcp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.schemactl.mcp.McpTestProject.V1;

/** Tool calls that end in an error result, one per error path: argument checks, the service's refusals, the database. */
final class McpErrorCalls {
    record Call(String label, String name, Map<String, Object> arguments) {
    }

    private McpErrorCalls() {
    }

    /** For a project made by {@link McpTestProject} (widgets V1 and V2 pending). */
    static List<Call> all() {
        List<Call> calls = new ArrayList<>();
        calls.add(new Call("diff_schema to_sql outside the project", "diff_schema", Map.of("to_sql", "../outside.sql")));
        calls.add(new Call("diff_schema to_sql missing", "diff_schema", Map.of("to_sql", "missing.sql")));
        calls.add(new Call("diff_schema to_url not a URL", "diff_schema", Map.of("to_url", "notaurl")));
        calls.add(new Call("diff_schema to_url bad port", "diff_schema", Map.of("to_url", "postgres://u@127.0.0.1:notaport/x")));
        calls.add(new Call("diff_schema to_url unreachable", "diff_schema", Map.of("to_url", "postgres://u@127.0.0.1:1/x")));
        calls.add(new Call("diff_schema both sources", "diff_schema", Map.of("to_sql", "a.sql", "to_url", "postgres://u@127.0.0.1:1/x")));
        calls.add(new Call("diff_schema renames not pairs", "diff_schema", Map.of("renames", List.of("x"))));
        calls.add(new Call("generate_migration to_sql outside", "generate_migration", Map.of("message", "x", "to_sql", "../outside.sql")));
        calls.add(new Call("generate_migration to_sql missing", "generate_migration", Map.of("message", "x", "to_sql", "missing.sql")));
        calls.add(new Call("generate_migration message wrong type", "generate_migration", Map.of("message", 5)));
        calls.add(new Call("score_risk unknown version", "score_risk", Map.of("version", "20991231235959")));
        calls.add(new Call("score_risk version path", "score_risk", Map.of("version", "../x")));
        calls.add(new Call("score_risk sql wrong type", "score_risk", Map.of("sql", List.of(1))));
        calls.add(new Call("apply_migration unknown version", "apply_migration", Map.of("to_version", "20991231235959")));
        calls.add(new Call("apply_migration dry_run wrong type", "apply_migration", Map.of("dry_run", "yes")));
        calls.add(new Call("apply_migration extra field", "apply_migration", Map.of("force", true)));
        calls.add(new Call("rollback unknown version", "rollback", Map.of("to_version", "20991231235959")));
        calls.add(new Call("rollback steps and to_version", "rollback", Map.of("steps", 1, "to_version", V1)));
        calls.add(new Call("rollback steps wrong type", "rollback", Map.of("steps", "two")));
        calls.add(new Call("migration_status extra field", "migration_status", Map.of("verbose", true)));
        return calls;
    }

    /** Calls that reach for the database, for a project whose database cannot be reached. */
    static List<Call> reachingTheDatabase() {
        return List.of(
                new Call("migration_status unreachable", "migration_status", Map.of()),
                new Call("diff_schema unreachable", "diff_schema", Map.of()),
                new Call("score_risk pending unreachable", "score_risk", Map.of("pending", true)),
                new Call("apply_migration dry run unreachable", "apply_migration", Map.of("dry_run", true)),
                new Call("rollback dry run unreachable", "rollback", Map.of("dry_run", true)));
    }
}
