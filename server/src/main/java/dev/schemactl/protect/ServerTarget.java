package dev.schemactl.protect;

import dev.schemactl.config.DatabaseUrl;
import dev.schemactl.config.Settings;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One database a protected server serves, exactly as the server's config names it. Nothing here comes from the
 * project or from an agent.
 *
 * @param name           the target name agents pass as {@code target} (staging, prod)
 * @param url            the database URL with its credentials (only this process knows them)
 * @param project        the checkout whose migrations/ the server reads (agents may write there: approvals bind
 *                       the exact SQL, so an edited file is a new plan)
 * @param migrationsDir  the migrations folder (absolute)
 * @param policy         the server's policy file for this target; null: the built-in default
 * @param allowedSigners the OpenSSH allowed_signers file whose keys may approve
 * @param elicitation    whether an MCP client's elicitation answer may confirm (off by default; never a human proof)
 * @param environment    the environment name the policy sees (--env)
 * @param diffUrls       the databases {@code to_url} may name, by name
 * @param models         entity classes (ops-owned paths) for diff_schema; {@link Settings.Models#NONE} when not set
 * @param approvalExpiry how long a stored plan may wait for its approval
 * @param migrationsTable schemactl's tracking table there ({@code migrations_table}); null: schema_migrations
 */
public record ServerTarget(String name, String url, Path project, Path migrationsDir, Path policy, Path allowedSigners,
                           boolean elicitation, String environment, Map<String, String> diffUrls, Settings.Models models,
                           Duration approvalExpiry, Duration lockTimeout, String migrationsTable) {

    public ServerTarget {
        diffUrls = Map.copyOf(diffUrls);
    }

    /** The settings every use case of this target runs with: from the server's config only. */
    public Settings settings() {
        requireNoRedirect();
        return new Settings(project, url, "server config target " + name, migrationsDir, models, policy,
                Settings.Renames.NONE, lockTimeout, environment, List.of(), List.of(), "server config", null, allowedSigners,
                null, List.of(), migrationsTable);
    }

    /**
     * The checkout is the agents' to write: a symbolic link on the way from the project down to migrations/versions could
     * make the server list and show .sql files of any folder it may read. Refused (a migrations_dir outside the project
     * is ops' own choice and not checked).
     */
    private void requireNoRedirect() {
        Path versions = migrationsDir.resolve("versions").toAbsolutePath().normalize();
        Path root = project.toAbsolutePath().normalize();
        if (!versions.startsWith(root) || !java.nio.file.Files.exists(versions)) return;
        try {
            if (!versions.toRealPath().equals(root.toRealPath().resolve(root.relativize(versions)))) {
                throw new dev.schemactl.error.SchemactlException(dev.schemactl.error.ErrorCode.CONFIG, "target " + name
                        + ": the migrations folder " + root.relativize(versions) + " is reached through a symbolic link",
                        "keep migrations/versions a plain folder of the checkout");
            }
        } catch (java.io.IOException e) {
            throw new dev.schemactl.error.SchemactlException(dev.schemactl.error.ErrorCode.CONFIG, "target " + name
                    + ": cannot resolve " + versions + ": " + e.getMessage(), "check the checkout");
        }
    }

    public DatabaseUrl databaseUrl() {
        return DatabaseUrl.parse(url, project).withTrackingTable(migrationsTable);
    }

    /**
     * The configured URL a {@code to_url} argument names: one of {@link #diffUrls}' names, or the URL itself (with or
     * without its password masked). Empty when it names none of them.
     */
    public Optional<String> diffUrl(String toUrl) {
        if (toUrl == null) return Optional.empty();
        String given = toUrl.trim();
        if (diffUrls.containsKey(given)) return Optional.of(diffUrls.get(given));
        for (String configured : diffUrls.values()) {
            if (configured.equals(given) || DatabaseUrl.maskText(configured).equals(given)) return Optional.of(configured);
        }
        return Optional.empty();
    }
}
