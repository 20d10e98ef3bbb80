package dev.schemactl.maven;

import dev.schemactl.service.MigrationService;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code schemactl up}: creates the database when missing, then applies the pending migrations (up to {@code to}) under
 * schemactl's lock and policy gate.
 * A plan the policy wants confirmed fails the build with the findings and the {@code schemactl approve} command.
 */
@Mojo(name = "migrate", threadSafe = true)
public class MigrateMojo extends SchemactlMojo {
    /** Stop after this version. */
    @Parameter(property = "schemactl.to")
    String to;

    /** Approval token from {@code schemactl approve}; default SCHEMACTL_CONFIRM_TOKEN. */
    @Parameter(property = "schemactl.confirm")
    String confirm;

    /** Print what would run, apply nothing. */
    @Parameter(property = "schemactl.dryRun", defaultValue = "false")
    boolean dryRun;

    @Override
    void run() {
        MigrationService migrations = new MigrationService(settings(), clock(), env())
                .onApproval(v -> print(v.message())).onWarning(w -> getLog().warn(w));
        String token = confirm != null && !confirm.isBlank() ? confirm : env().get("SCHEMACTL_CONFIRM_TOKEN");
        if (dryRun) {
            print(migrations.planMigrate(to));
        } else {
            print(migrations.up(to == null || to.isBlank() ? null : to, token));
        }
    }
}
