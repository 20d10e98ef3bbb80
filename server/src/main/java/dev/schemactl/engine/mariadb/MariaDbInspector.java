package dev.schemactl.engine.mariadb;

import dev.schemactl.engine.Inspector;
import dev.schemactl.schema.Schema;

import java.sql.Connection;

final class MariaDbInspector implements Inspector {
    @Override
    public Schema inspect(Connection connection) {
        throw new UnsupportedOperationException("inspection is not built yet");
    }
}
