package dev.schemactl.service;

import java.nio.file.Path;
import java.util.List;

/**
 * What the database should look like: entity classes (classpath + packages), another database
 * ({@code toUrl}), or a SQL schema file ({@code toSql}, loaded into a shadow database). When all are
 * empty, the models from schemactl.yaml are used.
 */
public record DesiredSpec(List<Path> models, List<String> packages, String toUrl, Path toSql, String shadowUrl) {
    public static final DesiredSpec FROM_SETTINGS = new DesiredSpec(List.of(), List.of(), null, null, null);

    public DesiredSpec {
        models = models == null ? List.of() : List.copyOf(models);
        packages = packages == null ? List.of() : List.copyOf(packages);
    }
}
