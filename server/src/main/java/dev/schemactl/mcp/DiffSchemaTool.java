package dev.schemactl.mcp;

import dev.schemactl.service.DiagramFormat;
import dev.schemactl.service.Result;
import io.modelcontextprotocol.spec.McpSchema;

/** diff_schema: the `schemactl diff` use case. */
final class DiffSchemaTool implements McpTool {

    @Override
    public String name() {
        return "diff_schema";
    }

    @Override
    public String title() {
        return "Compare the desired schema with the live database";
    }

    @Override
    public String description() {
        return """
                Compares the desired schema with the project's live database and returns the plan: the ordered \
                changes, their forward SQL and rollback SQL for this database engine, and suspected renames. The \
                desired schema is the project's JPA entities (schemactl.yaml models; if models.build is set it runs \
                first), or another database ('to_url'), or a SQL schema file in the project ('to_sql', loaded into a \
                temporary shadow database). Read-only: writes no file and changes no database.
                Call it during feature work after editing entities, to see what a migration would contain. \
                Renames are never guessed: a dropped and an added column of the same type come back as drop + add \
                with an entry in possibleRenames; if it is a rename, call again (or generate_migration) with \
                renames ["table.old=new"] so the data is kept.
                Returns structuredContent {from, to, engine, warnings, changes: [{type, table, description, forward, \
                rollback, rollbackLosesData}], possibleRenames: [{table, droppedColumn, addedColumn, hint}], \
                forwardSql, rollbackSql, databaseOnly, extraDropped} and the plan as text. databaseOnly lists what only the \
                database has (hand-written indexes, columns of removed fields, other tables): the plan keeps them unless \
                'drop_extra' is true; ask the human before dropping them. With 'diagram' true, 'diagram' holds a Mermaid \
                erDiagram of the schema after the plan (added green, changed yellow, dropped red, kept grey) to show the \
                change as a picture. An empty 'changes' with an empty 'differingUnmanaged' means the database already \
                matches; 'differingUnmanaged' names views, functions, triggers... whose definition differs from the desired \
                state: schemactl does not write those, so tell the human to write them in a migration by hand. \
                Next: generate_migration to write the file.""";
    }

    @Override
    public McpSchema.ToolAnnotations annotations() {
        return McpTool.hints(title(), true, false, true);
    }

    @Override
    public Result call(ToolCall call) {
        var result = call.schemas().diff(null, DesiredArguments.spec(call), DesiredArguments.renames(call),
                call.arguments().flag("drop_extra"), call.arguments().flag("diagram") ? DiagramFormat.MERMAID : null);
        result.warnings().forEach(w -> call.log(McpSchema.LoggingLevel.WARNING, w));
        return result;
    }
}
