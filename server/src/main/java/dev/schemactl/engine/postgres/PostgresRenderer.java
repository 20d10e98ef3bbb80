package dev.schemactl.engine.postgres;

import dev.schemactl.engine.SqlRenderer;

final class PostgresRenderer implements SqlRenderer {
}
