package dev.schemactl.maven;

import dev.schemactl.service.VerificationReport;
import dev.schemactl.service.VerifyService;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.util.List;

/**
 * {@code schemactl verify}: each migration applied, rolled back and applied again on a shadow database; fails when a
 * rollback does not restore the schema.
 */
@Mojo(name = "verify", threadSafe = true)
public class VerifyMojo extends SchemactlMojo {
    /** Versions to check (default: all). */
    @Parameter(property = "schemactl.versions")
    List<String> versions;

    /** Check the migrations not yet applied to the database instead. */
    @Parameter(property = "schemactl.pending", defaultValue = "false")
    boolean pending;

    /** An empty database of the project's engine to replay on (default: a temporary one). */
    @Parameter(property = "schemactl.shadowUrl")
    String shadowUrl;

    @Override
    void run() throws MojoFailureException {
        VerificationReport report = new VerifyService(settings()).verify(versions == null ? List.of() : versions, pending, shadowUrl);
        print(report);
        if (!report.allVerified()) {
            throw new MojoFailureException("rollback verification failed (see the report above; fix the rollback section)");
        }
    }
}
