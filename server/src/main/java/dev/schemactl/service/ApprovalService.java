package dev.schemactl.service;

import dev.schemactl.config.Settings;
import dev.schemactl.engine.DatabaseHandle;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import dev.schemactl.migration.AppliedChangeset;
import dev.schemactl.migration.MigrationDirectory;
import dev.schemactl.migration.MigrationFile;
import dev.schemactl.policy.Action;
import dev.schemactl.policy.ApprovalKey;
import dev.schemactl.policy.ApprovalToken;
import dev.schemactl.policy.ApprovalTokens;
import dev.schemactl.policy.DatabaseFingerprint;
import dev.schemactl.policy.Decision;
import dev.schemactl.policy.Policy;
import dev.schemactl.policy.ssh.ApprovalRequest;
import dev.schemactl.policy.ssh.SignedApproval;
import dev.schemactl.risk.Category;
import dev.schemactl.risk.Finding;
import dev.schemactl.risk.RiskReport;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The human side of confirmation: select a plan (pending migrations, named versions, or a rollback), show it with
 * its findings, and mint a token for it — or, with allowed_signers, build the {@link ApprovalRequest} the human signs
 * with ssh-keygen. Only the `approve` CLI command uses it — an agent's face (MCP) never mints tokens.
 */
public final class ApprovalService {

    /**
     * Which plan to approve: the named pending versions; all pending ones (versions empty, rollback false); or
     * a rollback of the last {@code steps} (default 1) / everything after {@code toVersion}.
     */
    public record Selection(List<String> versions, boolean rollback, Integer steps, String toVersion) {
        public Selection {
            versions = versions == null ? List.of() : List.copyOf(versions);
        }

        public static final Selection PENDING = new Selection(List.of(), false, null, null);
    }

    /** A plan ready to approve, with what the human should see. */
    public record Prepared(ApprovalPlan plan, RiskReport report, Decision decision, DatabaseFingerprint database,
                           String databaseUrl) {
    }

    private final Settings settings;
    private final Policy policy;
    private final Map<String, String> env;
    private final Clock clock;
    private final PlanScorer scorer;

    public ApprovalService(Settings settings, Policy policy, Map<String, String> env, Clock clock, PlanScorer scorer) {
        this.settings = settings;
        this.policy = policy;
        this.env = env;
        this.clock = clock;
        this.scorer = scorer;
    }

    /** Builds and scores the selected plan and fingerprints the database (creating its install id on first use). */
    public Prepared prepare(Selection selection, String environment) {
        List<MigrationFile> files = MigrationDirectory.load(settings.migrationsDir());
        try (DatabaseHandle db = DatabaseHandle.open(settings.databaseUrl(), settings.lockTimeout())) {
            List<AppliedChangeset> applied = ApprovalPlan.applied(db);
            ApprovalPlan plan = selection.rollback()
                    ? ApprovalPlan.rollback(files, applied, selection.steps(), selection.toVersion())
                    : selection.versions().isEmpty() ? ApprovalPlan.migrate(files, applied, null)
                    : ApprovalPlan.migrateVersions(files, applied, selection.versions());
            if (plan.isEmpty()) {
                throw new SchemactlException(ErrorCode.NOT_FOUND, "nothing to approve: "
                        + (selection.rollback() ? "no applied migration to roll back" : "no pending migrations")
                        + " on " + db.url().masked(), "see `schemactl status`");
            }
            RiskReport report = scorer.score(plan, db);
            Decision decision = policy.decide(report, db.engine().kind(), environment);
            if (decision.action() == Action.DENY) {
                throw new SchemactlException(ErrorCode.POLICY_REFUSED, "policy " + policy.source()
                        + " denies this plan, and an approval cannot override a deny: " + decision.reason(),
                        "change the plan (see the findings' safe alternatives) or the policy");
            }
            return new Prepared(plan, report, decision, DatabaseFingerprint.of(db), db.url().masked());
        }
    }

    /** Mints the token (creating the approval key file on first use); it expires after the policy's expiry. */
    public ApprovalResult approve(Prepared prepared, String approver, String method) {
        ApprovalTokens tokens = new ApprovalTokens(ApprovalKey.loadOrCreate(env), clock);
        String token = tokens.mint(prepared.plan().digest(), prepared.database(), policy.confirmation().expiry(),
                approver, method);
        ApprovalToken payload = ApprovalToken.decode(token);
        return new ApprovalResult(token, prepared.plan().kind().name().toLowerCase(Locale.ROOT), prepared.plan().versions(),
                prepared.plan().digest(), prepared.databaseUrl(), approver, method, payload.issuedAt().toString(),
                payload.expiresAt().toString());
    }

    /** What the human signs for this plan (local target), valid for the policy's expiry. */
    public ApprovalRequest signedRequest(Prepared prepared) {
        return ApprovalRequest.create(operation(prepared.plan()), ApprovalRequest.LOCAL_TARGET, prepared.plan().digest(),
                prepared.database(), clock.instant(), policy.confirmation().expiry());
    }

    /**
     * Checks that an approval another human signed (for --cosign) is for exactly this plan, database and operation and
     * not expired, so the second approver signs what the first did.
     */
    public void requireSamePlan(SignedApproval existing, Prepared prepared) {
        ApprovalRequest r = existing.request();
        String problem = !r.planDigest().equals(prepared.plan().digest()) ? "another plan (" + r.planDigest() + ")"
                : !r.database().equals(prepared.database()) ? "another database (" + r.database().describe() + ")"
                : r.operation() != operation(prepared.plan()) ? "another operation (" + r.operation().id() + ")"
                : !clock.instant().isBefore(r.expiresAt()) ? "an approval that expired at " + r.expiresAt()
                : !r.target().equals(ApprovalRequest.LOCAL_TARGET) ? "target " + r.target() : null;
        if (problem != null) {
            throw new SchemactlException(ErrorCode.CONFIRMATION, "the approval to co-sign is for " + problem
                    + ", not for the plan selected here", "select the same plan (VERSION... / --rollback) or start a new approval");
        }
    }

    /** The result to print for a signed approval. */
    public ApprovalResult signedResult(Prepared prepared, SignedApproval signed, String principals) {
        ApprovalRequest r = signed.request();
        return new ApprovalResult(signed.text(), prepared.plan().kind().name().toLowerCase(Locale.ROOT), prepared.plan().versions(),
                prepared.plan().digest(), prepared.databaseUrl(), principals, "ssh-signature", r.issuedAt().toString(),
                r.expiresAt().toString());
    }

    static ApprovalRequest.Operation operation(ApprovalPlan plan) {
        return plan.kind() == ApprovalPlan.Kind.ROLLBACK ? ApprovalRequest.Operation.ROLLBACK : ApprovalRequest.Operation.APPLY;
    }

    /**
     * What the human types to confirm: the names of the tables a destructive drop finding concerns (space-separated,
     * sorted), or "approve" when the plan drops nothing. (Dropping a default or an index is not a drop of data.)
     */
    public static String confirmationPhrase(RiskReport report) {
        TreeSet<String> tables = new TreeSet<>();
        for (Finding f : report.findings()) {
            if (f.table() != null && f.ruleId() != null && f.category() == Category.D
                    && f.ruleId().toUpperCase(Locale.ROOT).contains("DROP")) {
                tables.add(f.table());
            }
        }
        return tables.isEmpty() ? "approve" : String.join(" ", tables);
    }

    public Policy policy() {
        return policy;
    }
}
