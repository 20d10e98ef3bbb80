package dev.schemactl.cli;

import dev.schemactl.config.SettingsLoader;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import dev.schemactl.mcp.McpHttpServer;
import dev.schemactl.mcp.McpProject;
import dev.schemactl.mcp.McpProjects;
import dev.schemactl.protect.ProtectedServer;
import dev.schemactl.protect.ServerConfig;
import dev.schemactl.mcp.SchemactlMcpServer;
import dev.schemactl.mcp.StdioMcpServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

@Command(name = ServeCommand.NAME, mixinStandardHelpOptions = true,
        description = {ServeCommand.SUMMARY,
                "prompts and resources. Over stdio by default (stdout carries only the protocol, logs go to",
                "stderr); with --http, Streamable HTTP at /mcp and HTTP+SSE at /sse + /messages, on",
                "127.0.0.1 unless --host says otherwise, with a bearer token (SCHEMACTL_MCP_TOKEN, or one",
                "generated and printed to stderr)."})
final class ServeCommand implements Callable<Integer> {
    /** The name and the summary line the root's usage lists (RootHelp reads these, not the annotation). */
    static final String NAME = "serve";
    static final String SUMMARY = "Run the MCP server for AI agents: tools migration_status, apply_migration and rollback,";

    static final String TOKEN_ENV = "SCHEMACTL_MCP_TOKEN";

    @ParentCommand
    SchemactlCommand root;

    @Option(names = "--project", paramLabel = "DIR",
            description = "The project folder (holding schemactl.yaml); default: the current directory.")
    Path project;

    @Option(names = "--http", description = "Serve over HTTP instead of stdio.")
    boolean http;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = McpHttpServer.DEFAULT_HOST,
            description = "Address to bind with --http (default ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + McpHttpServer.DEFAULT_PORT,
            description = "Port with --http (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--protected", description = {"Protected mode: this process is its own principal (run it as its own OS user).",
            "Targets, credentials, policies, allowed_signers and agent tokens come only from --config; needs --http."})
    boolean protectedMode;

    @Option(names = "--config", paramLabel = "FILE",
            description = "With --protected: the server's config (e.g. /etc/schemactl/server.yaml), not writable by group or others.")
    Path config;

    @Override
    public Integer call() throws Exception {
        if (protectedMode || config != null) return serveProtected();
        Path dir = project == null ? root.context.workingDir() : root.context.workingDir().resolve(project).normalize();
        if (!Files.isDirectory(dir)) {
            throw new SchemactlException(ErrorCode.USAGE, "the project folder " + dir + " does not exist",
                    "pass --project DIR with the folder holding schemactl.yaml");
        }
        Duration lock = root.lockTimeout == null ? null : SettingsLoader.parseDuration(root.lockTimeout);
        McpProject mcpProject = new McpProject(dir,
                new SettingsLoader.Flags(root.url, root.migrationsDir, null, lock, null, root.migrationsTable), root.context.env());
        SchemactlMcpServer server = new SchemactlMcpServer(mcpProject);
        try {
            return http ? serveHttp(server) : serveStdio(server);
        } finally {
            mcpProject.close();
        }
    }

    private int serveProtected() throws InterruptedException {
        if (!protectedMode || config == null) {
            throw new SchemactlException(ErrorCode.USAGE, "--protected and --config go together",
                    "schemactl serve --http --protected --config /etc/schemactl/server.yaml");
        }
        if (!http) {
            throw new SchemactlException(ErrorCode.USAGE, "--protected needs --http (a stdio server runs as the agent's own user)",
                    "schemactl serve --http --protected --config FILE, run by its own OS user");
        }
        if (project != null || root.url != null || root.migrationsDir != null) {
            throw new SchemactlException(ErrorCode.USAGE, "in protected mode the project, URL and migrations folder come from --config only",
                    "set them per target in the server's config");
        }
        if (port < 0 || port > 65535) {
            throw new SchemactlException(ErrorCode.USAGE, "--port must be between 0 and 65535", "e.g. --port 8787");
        }
        ServerConfig serverConfig = ServerConfig.load(root.context.workingDir().resolve(config),
                warning -> root.context.err().println("schemactl: " + warning));
        if (root.context.env().containsKey(TOKEN_ENV)) {
            root.context.err().println("schemactl: warning: " + TOKEN_ENV + " is ignored in protected mode; agents' tokens are the config's token_sha256");
        }
        ProtectedServer protectedServer = new ProtectedServer(serverConfig, java.time.Clock.systemUTC());
        McpProjects projects = McpProjects.protectedServer(protectedServer);
        SchemactlMcpServer server = new SchemactlMcpServer(projects);
        try (McpHttpServer httpServer = McpHttpServer.startProtected(server, host, port, protectedServer)) {
            String base = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + httpServer.port();
            protectedServer.listeningAt(base);
            root.context.err().println("schemactl: protected MCP server (targets " + String.join(", ", serverConfig.targets().keySet())
                    + ") at " + base + "/mcp; approvals at " + protectedServer.baseUrl() + "/approvals");
            root.context.err().flush();
            httpServer.join();
        }
        return 0;
    }

    private int serveStdio(SchemactlMcpServer server) throws InterruptedException {
        OutputStream protocol = root.context.out();
        if (root.context.out() == System.out) {
            // stdout belongs to the protocol: anything else printing to System.out goes to stderr instead
            protocol = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 64 * 1024);
            System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
        }
        root.context.err().println("schemactl: MCP server on stdio for " + server.project().projectDir());
        StdioMcpServer.run(server, root.context.in(), protocol);
        return 0;
    }

    private int serveHttp(SchemactlMcpServer server) throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new SchemactlException(ErrorCode.USAGE, "--port must be between 0 and 65535", "e.g. --port 8787");
        }
        String token = root.context.env().get(TOKEN_ENV);
        if (token == null || token.isBlank()) {
            token = McpHttpServer.generateToken();
            root.context.err().println("schemactl: bearer token for this server (set " + TOKEN_ENV + " to choose your own): " + token);
        } else if (token.length() < 16) {
            root.context.err().println("schemactl: warning: " + TOKEN_ENV + " is shorter than 16 characters");
        }
        try (McpHttpServer http = McpHttpServer.start(server, host, port, token.trim())) {
            String base = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + http.port();
            root.context.err().println("schemactl: MCP server for " + server.project().projectDir() + " at " + base
                    + "/mcp (Streamable HTTP) and " + base + "/sse (HTTP+SSE)");
            if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("::1")) {
                root.context.err().println("schemactl: warning: listening on " + host + ", not only on this machine");
            }
            http.join();
        }
        return 0;
    }
}
