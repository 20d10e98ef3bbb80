package dev.schemactl.engine;

/**
 * The policy's online schema change: ALTERs of tables holding at least {@code minRows} rows (the engine's estimate)
 * that the server would copy under a lock go through {@code tool} instead.
 *
 * @param tool    "pt-osc" (percona-toolkit's pt-online-schema-change), the only tool so far
 * @param minRows the row threshold
 */
public record OnlineSchemaChange(String tool, long minRows) {
    public static final String PT_OSC = "pt-osc";
}
