package dev.schemactl.maven;

import dev.schemactl.service.MigrationService;
import dev.schemactl.service.StatusResult;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** {@code schemactl status}: applied and pending migrations, and drift of the live schema from them. */
@Mojo(name = "status", threadSafe = true)
public class StatusMojo extends SchemactlMojo {
    /** Skip the drift check (no shadow database). */
    @Parameter(property = "schemactl.noDrift", defaultValue = "false")
    boolean noDrift;

    /** Fail the build when the live schema drifted from its migrations. */
    @Parameter(property = "schemactl.failOnDrift", defaultValue = "false")
    boolean failOnDrift;

    /** An empty database of the project's engine for the drift check (default: a temporary one). */
    @Parameter(property = "schemactl.shadowUrl")
    String shadowUrl;

    @Override
    void run() throws MojoFailureException {
        StatusResult result = new MigrationService(settings(), clock(), env()).status(!noDrift, shadowUrl);
        print(result);
        if (failOnDrift && result.drift().drifted()) {
            throw new MojoFailureException("the live schema drifted from its migrations (see the status above)");
        }
    }
}
