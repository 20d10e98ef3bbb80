package dev.schemactl.source;

import dev.schemactl.config.Settings;
import dev.schemactl.engine.EngineKind;

import java.nio.file.Path;
import java.util.List;

/** Hibernate's own CREATE script for a package of entities, mapped as schemactl maps them (for oracle tests outside this package). */
public final class HibernateDdl {
    private HibernateDdl() {
    }

    /** @param naming {@code models.naming} as schemactl.yaml would give it */
    public static String createScript(Path classes, String pkg, EngineKind engine, Settings.Naming naming, Path projectDir) {
        ModelMapping mapping = ModelMapping.resolve(naming, List.of(classes), projectDir);
        return new HibernateModelSource(List.of(classes), List.of(pkg), engine, null, mapping.settings()).createScript();
    }
}
