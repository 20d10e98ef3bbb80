package dev.schemactl.service;

import java.util.List;

/**
 * A written schema file.
 *
 * @param needsOutside what its tables use from outside the managed schemas ({@link OutsideObjects#labels}): the file
 *                     loads only where those exist
 */
public record DumpResult(String path, int tables, int appliedMigrations, String content, List<String> needsOutside) implements Result {
    public DumpResult {
        needsOutside = needsOutside == null ? List.of() : List.copyOf(needsOutside);
    }

    @Override
    public String text() {
        if (path == null) return content;
        String needs = needsOutside.isEmpty() ? ""
                : "needs, outside the managed schemas: " + String.join("; ", needsOutside) + "\n";
        return "wrote " + path + " (" + tables + " tables, " + appliedMigrations + " applied migrations)\n" + needs;
    }
}
