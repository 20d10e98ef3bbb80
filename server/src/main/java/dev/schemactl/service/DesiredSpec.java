package dev.schemactl.service;

import java.nio.file.Path;
import java.util.List;

/**
 * What the database should look like: entity classes (classpath + packages), another database
 * ({@code toUrl}), or a SQL schema file ({@code toSql}, loaded into a shadow database). When all are
 * empty, the models from schemactl.yaml are used.
 *
 * @param allowDropAll a generated plan may drop every table of a non-empty database (refused otherwise: an empty
 *                     desired state is far more often an accident than an intent)
 */
public record DesiredSpec(List<Path> models, List<String> packages, String toUrl, Path toSql, String shadowUrl,
                          boolean allowDropAll) {
    public static final DesiredSpec FROM_SETTINGS = new DesiredSpec(List.of(), List.of(), null, null, null);

    public DesiredSpec {
        models = models == null ? List.of() : List.copyOf(models);
        packages = packages == null ? List.of() : List.copyOf(packages);
    }

    public DesiredSpec(List<Path> models, List<String> packages, String toUrl, Path toSql, String shadowUrl) {
        this(models, packages, toUrl, toSql, shadowUrl, false);
    }

    public DesiredSpec withAllowDropAll(boolean allow) {
        return new DesiredSpec(models, packages, toUrl, toSql, shadowUrl, allow);
    }
}
