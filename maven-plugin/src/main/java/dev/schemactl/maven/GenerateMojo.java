package dev.schemactl.maven;

import dev.schemactl.config.Settings;
import dev.schemactl.service.MigrationsCheck;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code schemactl new}: writes the migration (with its rollback, verified on a shadow database) from what the existing
 * migrations produce to what the entities declare. Like {@code check}, it needs no live database.
 */
@Mojo(name = "generate", threadSafe = true, requiresDependencyResolution = ResolutionScope.COMPILE)
public class GenerateMojo extends SchemactlMojo {
    /** What the migration does, e.g. add_orders; part of the file name. */
    @Parameter(property = "schemactl.message", required = true)
    String message;

    /** An empty database of the project's engine to replay the migrations on (emptied afterwards). */
    @Parameter(property = "schemactl.shadowUrl")
    String shadowUrl;

    @Override
    void run() {
        Settings settings = settings();
        print(new MigrationsCheck(settings, clock()).generate(message, desired(settings, null), noRenames(), shadowUrl));
    }
}
