package dev.schemactl.engine;

import dev.schemactl.engine.h2.H2Engine;
import dev.schemactl.engine.mariadb.MariaDbEngine;
import dev.schemactl.engine.postgres.PostgresEngine;
import dev.schemactl.engine.sqlite.SqliteEngine;

/** Picks the engine for a kind. The only place that lists them all. */
public final class Engines {
    private Engines() {
    }

    public static Engine of(EngineKind kind) {
        return switch (kind) {
            case POSTGRESQL -> PostgresEngine.INSTANCE;
            case MARIADB -> MariaDbEngine.INSTANCE;
            case H2 -> H2Engine.INSTANCE;
            case SQLITE -> SqliteEngine.INSTANCE;
        };
    }
}
