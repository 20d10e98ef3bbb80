package dev.schemactl.service;

import dev.schemactl.config.Settings;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import dev.schemactl.schema.Schema;
import dev.schemactl.source.HibernateModelSource;
import dev.schemactl.source.ModelMapping;

import java.nio.file.Path;
import java.util.List;

/** The entities of the project (or of --models/--package) read into a schema, mapped as the application maps them. */
final class ModelSchemas {
    private ModelSchemas() {
    }

    /** @param description e.g. "models com.example, spring naming (...)" */
    record Read(Schema schema, String description, List<String> warnings) {
    }

    static boolean configured(Settings settings, DesiredSpec spec) {
        return !(spec.models().isEmpty() ? settings.models().classpath() : spec.models()).isEmpty();
    }

    /** @param serverVersion the target server version; null for the engine's default */
    static Read read(Settings settings, DesiredSpec spec, EngineKind engine, String serverVersion) {
        List<Path> classpath = spec.models().isEmpty()
                ? settings.models().classpath().stream().map(p -> settings.projectDir().resolve(p)).toList()
                : spec.models().stream().map(p -> settings.projectDir().resolve(p)).toList();
        List<String> packages = spec.packages().isEmpty() ? settings.models().packages() : spec.packages();
        if (classpath.isEmpty() || packages.isEmpty()) {
            throw new SchemactlException(ErrorCode.MODELS, "no desired state: no models, --to-url or --to-sql given",
                    "set models.classpath and models.packages in schemactl.yaml, or pass --models DIR --package PKG");
        }
        List<String> warnings = ModelBuild.prepare(settings.projectDir(), settings.models().build(), classpath);
        warnings.forEach(w -> org.slf4j.LoggerFactory.getLogger(ModelSchemas.class).warn(w));
        ModelMapping mapping = ModelMapping.resolve(settings.models().naming(), classpath, settings.projectDir());
        Schema schema = SchemaCache.SHARED.models(engine, classpath, packages, serverVersion, mapping.toString(),
                () -> new HibernateModelSource(classpath, packages, engine, serverVersion, mapping.settings()).read());
        return new Read(schema, "models " + String.join(",", packages.stream().sorted().toList())
                + (mapping.hibernateDefaults() ? "" : ", " + mapping.description()), warnings);
    }
}
