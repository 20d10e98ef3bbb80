package dev.schemactl.service;

import dev.schemactl.config.ProjectFile;
import dev.schemactl.config.Settings;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.policy.Decision;
import dev.schemactl.policy.Policy;
import dev.schemactl.policy.ssh.AllowedSigners;
import dev.schemactl.risk.RiskReport;

import java.nio.file.Path;

/**
 * The policy a run is gated by, where it came from and its digest (recorded in the audit ledger with every decision),
 * and the project's own policy to compare it with: the one schemactl.yaml names, else the built-in default. A policy
 * chosen by --policy, SCHEMACTL_POLICY or .env that would allow what the project's policy gates is looser: the gate
 * prints a warning and records it (local mode cannot stop it: whoever runs schemactl can edit the project files).
 *
 * @param source a path (relative to the project when inside it) or "built-in default policy"
 * @param origin "--policy", "SCHEMACTL_POLICY", ".env", "schemactl.yaml" or "built-in"
 */
public record PolicyInForce(Policy policy, String source, String digest, String origin, Settings settings) {

    public static PolicyInForce of(Settings settings) {
        if (settings.policy() == null) {
            return new PolicyInForce(Policy.builtinDefault(), "built-in default policy", Policy.digestOf(null), "built-in", settings);
        }
        Policy policy = Policy.load(settings.policy(), settings.projectDir());
        return new PolicyInForce(policy, policy.source(), Policy.digestOf(settings.policy()), settings.policyOrigin(), settings);
    }

    /** "policies/dev.yaml (sha256:…, from --policy)". */
    public String describe() {
        return source + " (" + digest.substring(0, Math.min(digest.length(), 19)) + "…, from " + origin + ")";
    }

    /** True when the policy is not the project's own (schemactl.yaml's, or the built-in default when it names none). */
    public boolean overridden() {
        if (origin.equals("built-in") || origin.equals(ProjectFile.FILE_NAME)) return false;
        Path project = settings.projectPolicy();
        return project == null || !project.toAbsolutePath().normalize().equals(settings.policy().toAbsolutePath().normalize());
    }

    /**
     * A warning when this policy is looser than the project's own for this plan: the project's policy would gate it
     * (confirm or deny) and this one lets it through with less; null otherwise.
     */
    public String loosening(RiskReport report, EngineKind engine, String environment) {
        if (!overridden()) return null;
        Path projectPath = settings.projectPolicy();
        Policy project = projectPath == null ? Policy.builtinDefault() : Policy.load(projectPath, settings.projectDir());
        Decision ours = policy.decide(report, engine, environment);
        Decision theirs = project.decide(report, engine, environment);
        if (ours.action().compareTo(theirs.action()) >= 0) return null;
        return "policy " + describe() + " is looser than the project's policy " + project.source() + ": it says "
                + ours.action().id() + " where the project's says " + theirs.action().id() + " (" + theirs.reason() + ")";
    }

    /**
     * The allowed_signers that approvals must be signed by: schemactl.yaml's approvals.allowed_signers, else the policy's
     * confirmation.allowed_signers (relative to the project directory; an overriding policy that names none keeps the
     * project policy's); null when none configures one.
     */
    public AllowedSigners allowedSigners() {
        Path file = settings.allowedSigners();
        String fromPolicy = policy.confirmation().allowedSigners();
        if (fromPolicy == null && overridden()) { // an override cannot drop the project's signed approvals
            Path projectPath = settings.projectPolicy();
            Policy project = projectPath == null ? Policy.builtinDefault() : Policy.load(projectPath, settings.projectDir());
            fromPolicy = project.confirmation().allowedSigners();
        }
        if (file == null && fromPolicy != null) file = settings.projectDir().resolve(fromPolicy).normalize();
        return file == null ? null : AllowedSigners.load(file);
    }
}
