package dev.schemactl.protect;

import dev.schemactl.config.DatabaseUrl;
import dev.schemactl.engine.DatabaseHandle;
import dev.schemactl.policy.ApprovalRefused;
import dev.schemactl.policy.Policy;
import dev.schemactl.policy.ssh.AllowedSigners;
import dev.schemactl.service.RunGate;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A protected server: its config, the plans waiting for approval and the audit ledger. Builds the gate of each target
 * and takes the humans' signatures (the HTTP approvals endpoint calls {@link #sign}). Holds public keys only.
 */
public final class ProtectedServer {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ProtectedServer.class);
    private final ServerConfig config;
    private final PlanStore plans;
    private final ProtectedAudit audit;
    private final Clock clock;
    private volatile String baseUrl;

    public ProtectedServer(ServerConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.plans = new PlanStore(clock);
        this.audit = new ProtectedAudit(clock);
        this.baseUrl = config.publicUrl();
    }

    java.time.Instant now() {
        return clock.instant();
    }

    Clock clock() {
        return clock;
    }

    public ServerConfig config() {
        return config;
    }

    public PlanStore plans() {
        return plans;
    }

    ProtectedAudit audit() {
        return audit;
    }

    /** Where humans reach this server: the config's public_url, else the address it listens on. */
    public void listeningAt(String url) {
        if (config.publicUrl() == null) baseUrl = url;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** @param actor who asks, for the audit ledger ("mcp:<client name>", as the client calls itself) */
    public RunGate gate(ServerTarget target, String actor) {
        return new ProtectedGate(target, this, actor);
    }

    /** A policy and the digest of its file's text (null for the built-in default). */
    record PolicyInForce(Policy policy, String digest) {
    }

    /** The target's policy: the server's file, read on every call (ops may edit it), else the built-in default. */
    PolicyInForce policy(ServerTarget target) {
        if (target.policy() == null) return new PolicyInForce(Policy.builtinDefault(), Policy.digestOf(null));
        Policy policy = Policy.load(target.policy());
        return new PolicyInForce(policy, Policy.digestOf(target.policy()));
    }



    String approveCommand(ServerTarget target, String planId) {
        return "schemactl approve --server " + (baseUrl == null ? "URL" : baseUrl) + " --target " + target.name() + " " + planId;
    }

    /**
     * A human's signature for a waiting plan: verified against the plan's target's allowed_signers (re-read on every
     * submission, so a removed key stops working at once); a refused one is recorded in that target's audit ledger.
     */
    public StoredPlan sign(String planId, String armoredSignature, String actor) {
        Optional<StoredPlan> found = plans.get(planId);
        if (found.isEmpty()) {
            return plans.sign(planId, armoredSignature, null); // throws NOT_FOUND
        }
        StoredPlan plan = found.get();
        ServerTarget target = config.target(plan.target());
        try {
            StoredPlan signed = plans.sign(planId, armoredSignature, AllowedSigners.load(target.allowedSigners()));
            LOG.info("plan {} on {}: signature by {} ({} of {})", planId, target.name(),
                    signed.signers().get(signed.signers().size() - 1).describe(), signed.signers().size(), signed.requiredApprovers());
            return signed;
        } catch (ApprovalRefused e) {
            audit.signatureRefused(target, plan, actor, e.getMessage());
            throw e;
        }
    }

    /** Replaces every configured password in text sent to a client. */
    public String mask(String text) {
        if (text == null) return null;
        String out = text;
        for (ServerTarget t : config.targets().values()) {
            for (String url : passwordsOf(t)) {
                if (url != null && url.length() >= 2) out = out.replace(url, "****");
            }
        }
        return out;
    }

    private static List<String> passwordsOf(ServerTarget t) {
        List<String> out = new ArrayList<>();
        List<String> urls = new ArrayList<>(t.diffUrls().values());
        urls.add(t.url());
        for (String u : urls) {
            try {
                out.add(DatabaseUrl.parse(u, t.project()).password());
            } catch (RuntimeException ignored) {
                // an unparsable URL names no password we could leak
            }
        }
        return out;
    }

    /** Opens the target's database (for the ledger). */
    static DatabaseHandle open(ServerTarget target) {
        return DatabaseHandle.open(target.databaseUrl(), target.lockTimeout());
    }
}
