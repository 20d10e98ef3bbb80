package dev.schemactl.mcp;

import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** schemactl://policy: the policy file the project configures, or a note that there is none. */
final class PolicyResource implements McpResource {

    @Override
    public String uri() {
        return "schemactl://policy";
    }

    @Override
    public String name() {
        return "policy";
    }

    @Override
    public String title() {
        return "Migration policy";
    }

    @Override
    public String description() {
        return "The project's migration policy (YAML): which changes are allowed, need a human's confirmation, or "
                + "are refused, per environment. Read it before proposing or applying a risky migration. When no "
                + "policy is configured, a short note says so.";
    }

    @Override
    public String mimeType() {
        return "text/plain";
    }

    @Override
    public String read(String uri, McpProject project) {
        Path policy = project.settings().policy();
        if (policy == null) {
            return "No policy file is configured for this project (set 'policy:' in schemactl.yaml), so the built-in default "
                    + "applies (the same as policies/default.yaml): destructive changes and critical risk need a human's "
                    + "approval, dropping a schema is refused.\n";
        }
        if (!Files.isRegularFile(policy)) {
            return "The configured policy file " + project.projectDir().relativize(policy) + " does not exist.\n";
        }
        try {
            return Files.readString(policy);
        } catch (IOException e) {
            throw new SchemactlException(ErrorCode.CONFIG, "cannot read the policy file " + policy.getFileName() + ": "
                    + e.getMessage(), "check its permissions");
        }
    }
}
