package dev.schemactl.service;

import dev.schemactl.config.Settings;
import dev.schemactl.diff.ExcludePatterns;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.engine.Engines;
import dev.schemactl.engine.TypeNames;
import dev.schemactl.migration.MigrationClock;
import dev.schemactl.schema.Schema;

import java.nio.file.Path;
import java.util.Locale;

/**
 * `schemactl erd` and the MCP resource schemactl://schema/erd: the schema as a diagram. From the entities (read offline,
 * spelled for the configured database's engine: no connection), the live database, or a SQL file (loaded into a
 * shadow database). Without a choice: the entities when schemactl.yaml has models, else the live database.
 */
public final class ErdService {
    /** Where the drawn schema comes from. */
    public enum Source { DEFAULT, MODELS, DATABASE, SQL }

    private final Settings settings;

    public ErdService(Settings settings) {
        this.settings = settings;
    }

    public ErdResult erd(Source source, Path toSql, DiagramFormat format) {
        Source chosen = source == Source.DEFAULT
                ? (toSql != null ? Source.SQL : ModelSchemas.configured(settings, DesiredSpec.FROM_SETTINGS) ? Source.MODELS : Source.DATABASE)
                : source;
        SchemaService.DesiredSchema drawn = switch (chosen) {
            case MODELS -> models();
            case SQL -> new SchemaService(settings, MigrationClock.fromEnvironment(java.util.Map.of()))
                    .desiredSchema(new DesiredSpec(null, null, null, toSql, null));
            default -> new SchemaService(settings, MigrationClock.fromEnvironment(java.util.Map.of())).liveSchema();
        };
        return render(drawn.schema(), DiagramMarks.NONE, drawn.engine(), drawn.description(), format);
    }

    private SchemaService.DesiredSchema models() {
        EngineKind engine = settings.databaseUrl().engine();
        ModelSchemas.Read read = ModelSchemas.read(settings, DesiredSpec.FROM_SETTINGS, engine, null);
        Schema schema = new ExcludePatterns(settings.exclude()).apply(Engines.of(engine).normalizeDesired(read.schema()));
        return new SchemaService.DesiredSchema(schema, read.description(), engine);
    }

    static ErdResult render(Schema schema, DiagramMarks marks, EngineKind engine, String description, DiagramFormat format) {
        TypeNames types = Engines.of(engine).typeNames();
        String diagram = switch (format) {
            case MERMAID -> MermaidErd.render(schema, marks, types);
            case DOT -> DotErd.render(schema, marks, types);
            case SVG -> Graphviz.svg(DotErd.render(schema, marks, types));
        };
        return new ErdResult(description, schema.tables().size(), format.name().toLowerCase(Locale.ROOT), diagram);
    }
}
