package dev.schemactl.engine.mariadb;

import dev.schemactl.engine.SqlRenderer;

final class MariaDbRenderer implements SqlRenderer {
}
