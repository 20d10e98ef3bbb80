package dev.schemactl.engine.h2;

import dev.schemactl.engine.Inspector;
import dev.schemactl.schema.Schema;

import java.sql.Connection;

final class H2Inspector implements Inspector {
    @Override
    public Schema inspect(Connection connection) {
        throw new UnsupportedOperationException("inspection is not built yet");
    }
}
