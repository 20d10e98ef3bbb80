package dev.schemactl.engine.h2;

import dev.schemactl.engine.SqlRenderer;

final class H2Renderer implements SqlRenderer {
}
