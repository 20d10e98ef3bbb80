package dev.schemactl.engine.postgres;

import dev.schemactl.engine.Inspector;
import dev.schemactl.schema.Schema;

import java.sql.Connection;

final class PostgresInspector implements Inspector {
    @Override
    public Schema inspect(Connection connection) {
        throw new UnsupportedOperationException("inspection is not built yet");
    }
}
