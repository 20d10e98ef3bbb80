package dev.schemactl.cli;

import dev.schemactl.config.Settings;
import dev.schemactl.config.SettingsLoader;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import dev.schemactl.policy.Confirmation;
import dev.schemactl.policy.MatchedRule;
import dev.schemactl.policy.Policy;
import dev.schemactl.risk.Finding;
import dev.schemactl.risk.RiskReport;
import dev.schemactl.service.ApprovalResult;
import dev.schemactl.service.ApprovalService;
import dev.schemactl.service.PolicyInForce;
import dev.schemactl.policy.ssh.AgentKeys;
import dev.schemactl.policy.ssh.AllowedSigners;
import dev.schemactl.policy.ssh.ApprovalRequest;
import dev.schemactl.policy.ssh.SignedApproval;
import dev.schemactl.policy.ssh.SshKeygenSigner;
import dev.schemactl.policy.ssh.SshSignatureVerifier;
import dev.schemactl.policy.ssh.VerifiedSigner;
import java.nio.file.Files;
import dev.schemactl.service.PlanScorer;
import dev.schemactl.service.RiskService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code schemactl approve [VERSION... | --pending | --rollback [--steps N | --to V]]}: a human approves one plan on
 * one database and gets a single-use token for it on stdout (everything else goes to stderr).
 *
 * <p>At an interactive terminal it shows the SQL, the risk findings and the policy's decision, and asks the human
 * to type a phrase: the dropped tables' names for a plan that drops something, else "approve". Without a terminal
 * it refuses with exit code 3 (CONFIRMATION), whatever the policy says: since issue 9 {@code allow_ci_environments}
 * is ignored (a policy in the checkout could list the agent's own environment and mint a token without a human).
 * A plan the policy denies cannot be approved (exit 3, POLICY_REFUSED).
 *
 * <p>With allowed_signers configured (schemactl.yaml {@code approvals.allowed_signers} or the policy's
 * {@code confirmation.allowed_signers}) it does not mint an HMAC token: it signs an {@link ApprovalRequest} with
 * {@code ssh-keygen -Y sign} (--key FILE, else the first ssh-agent key allowed_signers lists) and prints the signed
 * approval (or writes it to --out FILE). {@code --cosign FILE} adds this human's signature to an approval another
 * approver signed, for rules that need several.
 */
@Command(name = ApproveCommand.NAME, mixinStandardHelpOptions = true,
        description = {ApproveCommand.SUMMARY,
                "Selects all pending migrations by default, the named pending VERSIONs, or a rollback (--rollback)."},
        footer = {"", "Without a terminal it refuses (exit 3). With allowed_signers configured it signs with ssh-keygen -Y sign "
                + "(--key, or ssh-agent) and prints a signed approval to pass to --confirm (a file path or the text)."})
public final class ApproveCommand implements Callable<Integer> {
    /** The name and the summary line the root's usage lists (RootHelp reads these, not the annotation). */
    static final String NAME = "approve";
    static final String SUMMARY = "Approve a plan as a human: prints a single-use token that lets exactly this SQL run on this database (stdout; details on stderr).";

    @ParentCommand
    SchemactlCommand root;

    @Parameters(paramLabel = "VERSION", arity = "0..*", description = "Pending migration versions to approve.")
    List<String> versions;

    @Option(names = "--pending", description = "Approve every pending migration (the default).")
    boolean pending;

    @Option(names = "--rollback", description = "Approve a rollback instead: the last one, --steps N, or --to V.")
    boolean rollback;

    @Option(names = {"-s", "--steps"}, paramLabel = "N", description = "With --rollback: how many migrations (default 1).")
    Integer steps;

    @Option(names = "--to", paramLabel = "VERSION", description = "With --rollback: every migration applied after VERSION.")
    String to;

    @Option(names = "--env", paramLabel = "NAME", description = "Environment name for the policy (default: SCHEMACTL_ENV).")
    String environment;

    @Option(names = "--policy", paramLabel = "FILE",
            description = "Policy file (default: SCHEMACTL_POLICY, schemactl.yaml's policy, else the built-in default).")
    Path policyFile;

    @Option(names = "--server", paramLabel = "URL",
            description = "A protected schemactl server: approve its stored plan PLAN_ID (given as the one VERSION argument).")
    String server;

    @Option(names = "--target", paramLabel = "NAME", description = "With --server: the target the plan must be for (e.g. prod).")
    String target;

    @Option(names = "--key", paramLabel = "FILE",
            description = "With --server or allowed_signers: your SSH private key, or your public key when ssh-agent holds the private "
                    + "half (default: the first agent key allowed_signers lists).")
    Path key;

    @Option(names = "--out", paramLabel = "FILE", description = "With allowed_signers: write the signed approval to FILE "
            + "instead of stdout.")
    Path out;

    @Option(names = "--cosign", paramLabel = "FILE", description = "With allowed_signers: add your signature to the signed "
            + "approval in FILE (a rule that needs several approvers); writes the result to --out, else back to FILE.")
    Path cosign;

    private final PlanScorer scorer;
    private final Clock clock;

    /** With the real risk scorer over the project's migrations (the human sees the same findings the gate does). */
    public ApproveCommand() {
        this(null, Clock.systemUTC());
    }

    /** With a risk scorer (null: the real one) and a clock, for tests. */
    public ApproveCommand(PlanScorer scorer, Clock clock) {
        this.scorer = scorer;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        if (server != null) {
            if (versions == null || versions.size() != 1 || pending || rollback || steps != null || to != null) {
                throw new SchemactlException(ErrorCode.USAGE, "approve --server takes exactly one PLAN_ID",
                        "schemactl approve --server URL --target prod p-XXXX --key ~/.ssh/id_ed25519");
            }
            root.emit(new ServerApproval(root.context, server, target, versions.get(0), key).run());
            return 0;
        }
        ApprovalService.Selection selection = selection();
        CliContext context = root.context;
        Duration lock = root.lockTimeout == null ? null : SettingsLoader.parseDuration(root.lockTimeout);
        Settings settings = SettingsLoader.load(context.workingDir(),
                new SettingsLoader.Flags(root.url, root.migrationsDir, policyFile, lock, environment, root.migrationsTable), context.env());
        PolicyInForce inForce = PolicyInForce.of(settings);
        Policy policy = inForce.policy();
        String env = settings.environment();
        boolean terminal = context.interactive();
        if (!terminal) {
            throw new SchemactlException(ErrorCode.CONFIRMATION, "approve needs a human at an interactive terminal, and stdin "
                    + "is not one" + (policy.confirmation().allowCiEnvironments().isEmpty() ? ""
                    : " (" + policy.source() + "'s confirmation.allow_ci_environments is no longer honoured: a policy in the "
                    + "checkout could list the agent's own environment)"),
                    "run `schemactl approve` yourself in a terminal; in CI, gate with `schemactl lint --pending --fail-on` and "
                            + "pass an approval a human signed (--confirm FILE)");
        }
        if (!policy.confirmation().methods().contains(Confirmation.Method.TERMINAL)) {
            throw new SchemactlException(ErrorCode.CONFIRMATION, "policy " + policy.source()
                    + " does not allow confirming at a terminal (confirmation.methods)", "confirm through the MCP client instead");
        }
        PlanScorer planScorer = scorer != null ? scorer : new RiskService(settings).planScorer();
        ApprovalService service = new ApprovalService(settings, policy, context.env(), clock, planScorer);
        ApprovalService.Prepared prepared = service.prepare(selection, env);
        PrintStream err = context.err();
        show(err, prepared, policy);
        AllowedSigners signers = inForce.allowedSigners();
        if (signers == null && (key != null || out != null || cosign != null)) {
            throw new SchemactlException(ErrorCode.USAGE, "--key, --out and --cosign sign with SSH keys, and this project has "
                    + "no allowed_signers", "set approvals.allowed_signers in schemactl.yaml (see README, Safety)");
        }
        SignedApproval existing = cosign == null ? null : SignedApproval.fromArgument(cosign.toString());
        if (existing != null) service.requireSamePlan(existing, prepared);
        String phrase = ApprovalService.confirmationPhrase(prepared.report());
        err.print("Type '" + phrase + "' to approve" + (phrase.equals("approve") ? " this plan" : " dropping " + phrase)
                + " (anything else cancels): ");
        err.flush();
        String typed = readLine(context);
        if (typed == null || !typed.strip().equals(phrase)) {
            throw new SchemactlException(ErrorCode.CONFIRMATION, "the confirmation did not match '" + phrase
                    + "'; nothing was approved", "run `schemactl approve` again and type the phrase exactly");
        }
        if (signers != null) return sign(service, prepared, signers, existing, err);
        ApprovalResult result = service.approve(prepared, System.getProperty("user.name", "unknown"), "terminal");
        err.println("approved by " + result.approver() + " (terminal), valid once until " + result.expiresAt()
                + " for " + result.database());
        err.flush();
        root.emit(result);
        return 0;
    }

    /** Signs the approval request (or co-signs another approver's) with ssh-keygen and prints or writes the result. */
    private Integer sign(ApprovalService service, ApprovalService.Prepared prepared, AllowedSigners signers,
                         SignedApproval existing, PrintStream err) {
        ApprovalRequest request = existing != null ? existing.request() : service.signedRequest(prepared);
        err.println();
        err.println("You are signing (ssh-keygen -Y sign -n " + ApprovalRequest.NAMESPACE + "):");
        err.print(request.canonicalText());
        err.flush();
        Path signingKey = key != null ? key : AgentKeys.firstAllowed(signers);
        String signature = new SshKeygenSigner(signingKey).sign(request);
        VerifiedSigner signer = SshSignatureVerifier.verify(request.signedBytes(), signature, ApprovalRequest.NAMESPACE, signers,
                clock.instant());
        SignedApproval signed = existing != null ? existing.plus(signature) : new SignedApproval(request, signature);
        String principals = String.join(", ", signed.signatures().stream().map(s -> SshSignatureVerifier.verify(
                request.signedBytes(), s, ApprovalRequest.NAMESPACE, signers, clock.instant()).principal()).toList());
        err.println("signed by " + signer.describe() + "; valid once until " + request.expiresAt() + " for "
                + prepared.databaseUrl() + (existing != null ? " (signers: " + principals + ")" : ""));
        Path target = out != null ? out : cosign;
        if (target != null) {
            try {
                Files.writeString(target, signed.text(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new SchemactlException(ErrorCode.CONFIG, "cannot write " + target + ": " + e.getMessage(), "check the path");
            }
            err.println("wrote " + target + "; pass it with --confirm " + target);
            err.flush();
            return 0;
        }
        err.flush();
        root.emit(service.signedResult(prepared, signed, principals));
        return 0;
    }

    private ApprovalService.Selection selection() {
        boolean named = versions != null && !versions.isEmpty();
        if ((named ? 1 : 0) + (pending ? 1 : 0) + (rollback ? 1 : 0) > 1) {
            throw new SchemactlException(ErrorCode.USAGE, "choose one of VERSION..., --pending and --rollback",
                    "see `schemactl approve --help`");
        }
        if (!rollback && (steps != null || to != null)) {
            throw new SchemactlException(ErrorCode.USAGE, "--steps and --to select a rollback; add --rollback",
                    "e.g. `schemactl approve --rollback --steps 2`");
        }
        if (steps != null && to != null) {
            throw new SchemactlException(ErrorCode.USAGE, "--steps and --to are mutually exclusive", "use one of them");
        }
        if (rollback) return new ApprovalService.Selection(List.of(), true, steps, to);
        return named ? new ApprovalService.Selection(versions, false, null, null) : ApprovalService.Selection.PENDING;
    }

    private static void show(PrintStream err, ApprovalService.Prepared prepared, Policy policy) {
        err.println("Plan to approve: " + prepared.plan().kind().name().toLowerCase() + " "
                + String.join(", ", prepared.plan().versions()) + " on " + prepared.databaseUrl());
        err.println("Digest: " + prepared.plan().digest());
        err.println();
        err.print(prepared.plan().sql());
        err.println();
        RiskReport report = prepared.report();
        err.println("Risk: score " + report.score() + " (" + report.band() + ")"
                + (report.findings().isEmpty() ? ", no findings" : "; " + report.formula()));
        for (Finding f : report.findings()) {
            err.println("  [" + f.severity().id() + "] " + f.ruleId() + " (" + f.category() + " " + f.category().description()
                    + ")" + (f.table() == null ? "" : " on " + f.table() + (f.column() == null ? "" : "." + f.column()))
                    + ": " + f.message());
            if (f.safeAlternative() != null) err.println("      safer: " + f.safeAlternative());
        }
        err.println("Policy " + policy.source() + ": " + prepared.decision().action().id() + " — " + prepared.decision().reason());
        for (MatchedRule m : prepared.decision().matched()) {
            err.println("  " + m.rule() + (m.line() > 0 ? " (line " + m.line() + ")" : "") + ": " + m.action().id()
                    + " for " + m.subject());
        }
        err.flush();
    }

    private static String readLine(CliContext context) {
        try {
            return new BufferedReader(new InputStreamReader(context.in(), StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
            return null;
        }
    }
}
