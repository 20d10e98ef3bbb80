package dev.schemactl.mcp;

import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import dev.schemactl.protect.ProtectedServer;
import dev.schemactl.protect.ServerTarget;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a tool call may address: in local mode the one project; in protected mode the targets of the server's config,
 * chosen by the call's {@code target} argument (required when there are several).
 */
public final class McpProjects {
    private final McpProject local;
    private final ProtectedServer server;
    private final Map<String, McpProject> targets;

    private McpProjects(McpProject local, ProtectedServer server, Map<String, McpProject> targets) {
        this.local = local;
        this.server = server;
        this.targets = targets;
    }

    public static McpProjects local(McpProject project) {
        return new McpProjects(project, null, Map.of());
    }

    public static McpProjects protectedServer(ProtectedServer server) {
        Map<String, McpProject> targets = new LinkedHashMap<>();
        for (ServerTarget t : server.config().targets().values()) targets.put(t.name(), McpProject.protectedTarget(t, server));
        return new McpProjects(null, server, targets);
    }

    public boolean isProtected() {
        return server != null;
    }

    public ProtectedServer server() {
        return server;
    }

    /** The project a call addresses; {@code target} is the call's target argument (null when not given). */
    McpProject resolve(String target) {
        if (local != null) {
            if (target != null) {
                throw new SchemactlException(ErrorCode.USAGE, "this schemactl server runs in local mode for one project and has no targets",
                        "leave out 'target' (it names a database of a protected server)");
            }
            return local;
        }
        return targets.get(server.config().target(target).name());
    }

    /** The project resources and prompts read: the local project, or the protected server's first target by name. */
    public McpProject primary() {
        return local != null ? local : targets.values().iterator().next();
    }
}
