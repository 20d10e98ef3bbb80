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
 * it refuses with exit code 3 (CONFIRMATION) — unless the environment (--env / SCHEMACTL_ENV) is listed in the
 * policy's {@code confirmation.allow_ci_environments}, where it approves without asking (the pipeline's own review
 * is the confirmation). A plan the policy denies cannot be approved (exit 3, POLICY_REFUSED).
 */
@Command(name = "approve", mixinStandardHelpOptions = true,
        description = {"Approve a plan as a human: prints a single-use token that lets exactly this SQL run on this "
                + "database (stdout; details on stderr).",
                "Selects all pending migrations by default, the named pending VERSIONs, or a rollback (--rollback)."},
        footer = {"", "Without a terminal it refuses (exit 3) unless --env / SCHEMACTL_ENV is listed in the policy's "
                + "confirmation.allow_ci_environments."})
public final class ApproveCommand implements Callable<Integer> {
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
            description = "With --server: your SSH key for ssh-keygen -Y sign (a private key file, or its .pub with the key in ssh-agent).")
    Path key;

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
                new SettingsLoader.Flags(root.url, root.migrationsDir, policyFile, lock, environment), context.env());
        Policy policy = settings.policy() != null ? Policy.load(settings.policy(), settings.projectDir())
                : Policy.builtinDefault();
        String env = settings.environment();
        boolean terminal = context.interactive();
        if (!terminal && !policy.confirmation().ciAllowed(env)) {
            throw new SchemactlException(ErrorCode.CONFIRMATION, "approve needs a human at an interactive terminal, and stdin "
                    + "is not one" + (env == null ? "" : " (environment '" + env + "' is not in " + policy.source()
                    + "'s confirmation.allow_ci_environments)"),
                    "run `schemactl approve` yourself in a terminal; CI pipelines need their environment listed in the "
                            + "policy's confirmation.allow_ci_environments and --env / SCHEMACTL_ENV set");
        }
        if (terminal && !policy.confirmation().methods().contains(Confirmation.Method.TERMINAL)) {
            throw new SchemactlException(ErrorCode.CONFIRMATION, "policy " + policy.source()
                    + " does not allow confirming at a terminal (confirmation.methods)", "confirm through the MCP client instead");
        }
        PlanScorer planScorer = scorer != null ? scorer : new RiskService(settings).planScorer();
        ApprovalService service = new ApprovalService(settings, policy, context.env(), clock, planScorer);
        ApprovalService.Prepared prepared = service.prepare(selection, env);
        PrintStream err = context.err();
        show(err, prepared, policy);
        String method;
        if (terminal) {
            String phrase = ApprovalService.confirmationPhrase(prepared.report());
            err.print("Type '" + phrase + "' to approve" + (phrase.equals("approve") ? " this plan" : " dropping " + phrase)
                    + " (anything else cancels): ");
            err.flush();
            String typed = readLine(context);
            if (typed == null || !typed.strip().equals(phrase)) {
                throw new SchemactlException(ErrorCode.CONFIRMATION, "the confirmation did not match '" + phrase
                        + "'; nothing was approved", "run `schemactl approve` again and type the phrase exactly");
            }
            method = "terminal";
        } else {
            method = "ci:" + env;
        }
        ApprovalResult result = service.approve(prepared, System.getProperty("user.name", "unknown"), method);
        err.println("approved by " + result.approver() + " (" + method + "), valid once until " + result.expiresAt()
                + " for " + result.database());
        err.flush();
        root.emit(result);
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
