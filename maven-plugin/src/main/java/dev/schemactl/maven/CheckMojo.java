package dev.schemactl.maven;

import dev.schemactl.config.Settings;
import dev.schemactl.service.ChangeView;
import dev.schemactl.service.DiffResult;
import dev.schemactl.service.MigrationsCheck;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.util.stream.Collectors;

/**
 * Fails the build when the module's entities differ from what its migrations produce: an entity changed but no
 * migration was written. Needs no live database: the migrations are replayed on a shadow database (H2 in memory for
 * an H2 project; a temporary database on the configured server; or the empty {@code shadowUrl}).
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.COMPILE)
public class CheckMojo extends SchemactlMojo {
    /** An empty database of the project's engine to replay the migrations on (emptied afterwards). */
    @Parameter(property = "schemactl.shadowUrl")
    String shadowUrl;

    @Override
    void run() throws MojoFailureException {
        Settings settings = settings();
        DiffResult result = new MigrationsCheck(settings, clock()).check(desired(settings, null), noRenames(), shadowUrl);
        if (result.isEmpty()) {
            getLog().info("schemactl: the migrations in " + project.getBasedir().toPath().relativize(settings.migrationsDir())
                    + " produce what the entities declare (" + result.to() + ")");
            return;
        }
        result.text().lines().forEach(getLog()::error);
        String changes = result.changes().stream().map(ChangeView::description).collect(Collectors.joining("; "));
        throw new MojoFailureException("the entities differ from what the migrations produce: " + changes
                + " (write the migration: mvn compile schemactl:generate -Dschemactl.message=<what changed>)");
    }
}
