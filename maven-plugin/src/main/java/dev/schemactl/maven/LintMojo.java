package dev.schemactl.maven;

import dev.schemactl.service.LintThreshold;
import dev.schemactl.service.RiskResult;
import dev.schemactl.service.RiskService;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.util.List;

/** {@code schemactl lint}: the risk report of the pending migrations (or of {@code files}), failing on {@code failOn}. */
@Mojo(name = "lint", threadSafe = true)
public class LintMojo extends SchemactlMojo {
    /** Fail when a finding is at least this severity (info, low, medium, high, critical) or the score reaches this number. */
    @Parameter(property = "schemactl.failOn")
    String failOn;

    /** Migration or SQL files to score instead of the pending migrations (those need the database). */
    @Parameter(property = "schemactl.files")
    List<File> files;

    @Override
    void run() throws MojoFailureException {
        LintThreshold threshold = failOn == null || failOn.isBlank() ? null : LintThreshold.parse(failOn);
        RiskService risk = new RiskService(settings());
        RiskResult result = files == null || files.isEmpty() ? risk.lintPending()
                : risk.lintFiles(files.stream().map(File::toPath).toList());
        print(result);
        String failure = threshold == null ? null : threshold.failure(result);
        if (failure != null) {
            throw new MojoFailureException("lint: " + failure + " (failOn " + failOn + ")");
        }
    }
}
