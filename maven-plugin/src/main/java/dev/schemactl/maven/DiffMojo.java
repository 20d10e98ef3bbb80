package dev.schemactl.maven;

import dev.schemactl.config.Settings;
import dev.schemactl.service.DiffResult;
import dev.schemactl.service.SchemaService;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code schemactl diff}: the plan and its SQL from the live database to the module's entities. Writes nothing. */
@Mojo(name = "diff", threadSafe = true, requiresDependencyResolution = ResolutionScope.COMPILE)
public class DiffMojo extends SchemactlMojo {
    /** Fail the build when the plan is not empty (like {@code diff --check}). */
    @Parameter(property = "schemactl.failOnChanges", defaultValue = "false")
    boolean failOnChanges;

    @Override
    void run() throws MojoFailureException {
        Settings settings = settings();
        DiffResult result = new SchemaService(settings, clock()).diff(null, desired(settings, null), noRenames());
        print(result);
        if (failOnChanges && !result.isEmpty()) {
            throw new MojoFailureException("the database " + result.from() + " differs from the entities: "
                    + result.changes().size() + " change(s) (write a migration with schemactl:generate, apply with schemactl:migrate)");
        }
    }
}
