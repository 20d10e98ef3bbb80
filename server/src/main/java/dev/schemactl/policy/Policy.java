package dev.schemactl.policy;

import dev.schemactl.engine.OnlineSchemaChange;

import dev.schemactl.engine.EngineKind;
import dev.schemactl.risk.Finding;
import dev.schemactl.risk.RiskReport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A policy file, parsed and validated: which plans may run, which need a human's approval token, which
 * may not run at all. See {@link PolicyFile} for the file format and {@link #decide} for the semantics.
 *
 * @param source        where it came from (the file name as given, or "built-in default")
 * @param defaultAction the action for a finding no rule matches
 * @param defaultLine   the line of the "default:" key; 0 when the file does not set it
 */
public record Policy(String source, int version, Confirmation confirmation, List<PolicyRule> rules,
                     Action defaultAction, int defaultLine, OnlineSchemaChange onlineSchemaChange) {

    public Policy {
        rules = List.copyOf(rules);
    }

    public Policy(String source, int version, Confirmation confirmation, List<PolicyRule> rules,
                  Action defaultAction, int defaultLine) {
        this(source, version, confirmation, rules, defaultAction, defaultLine, null);
    }

    /** Loads and validates a policy file; a bad file fails with CONFIG naming the line and field. */
    public static Policy load(Path file) {
        return PolicyFile.load(file, file.toString());
    }

    /** Like {@link #load(Path)}, naming the file relative to {@code base} in messages when it lies inside it. */
    public static Policy load(Path file, Path base) {
        Path abs = file.toAbsolutePath().normalize();
        Path root = base.toAbsolutePath().normalize();
        return PolicyFile.load(file, abs.startsWith(root) ? root.relativize(abs).toString() : file.toString());
    }

    /** Parses policy YAML text; {@code source} names it in error messages. */
    public static Policy parse(String yaml, String source) {
        return PolicyFile.parse(yaml, source);
    }

    /** "sha256:…" of a policy file's bytes; of the built-in default's text when {@code file} is null. */
    public static String digestOf(Path file) {
        return PolicyFile.digest(file);
    }

    /** The policy used when none is configured: the same as policies/default.yaml. */
    public static Policy builtinDefault() {
        return PolicyFile.builtinDefault();
    }

    /**
     * Decides for a plan.
     * <ul>
     *   <li>Each finding: the first rule (in file order) that is not plan-wide and whose conditions all hold
     *       decides; when none matches, {@code default} decides.</li>
     *   <li>The plan: the first plan-wide rule (one with {@code score_at_least}) whose conditions hold for
     *       the report decides once for the whole plan.</li>
     *   <li>The decision is the strictest of all of those (deny > require_confirmation > allow); a plan with no
     *       findings and no matching plan-wide rule is allowed.</li>
     * </ul>
     *
     * @param engine      the engine the plan runs on
     * @param environment the environment name (--env / SCHEMACTL_ENV); null when none is set
     */
    public Decision decide(RiskReport report, EngineKind engine, String environment) {
        List<MatchedRule> matched = new ArrayList<>();
        int n = 0;
        for (Finding f : report.findings()) {
            n++;
            String subject = "finding " + n + ": " + subject(f);
            PolicyRule hit = null;
            for (PolicyRule r : rules) {
                if (!r.match().isPlanWide() && r.match().matchesContext(engine, environment) && r.match().matchesFinding(f)) {
                    hit = r;
                    break;
                }
            }
            if (hit != null) {
                matched.add(new MatchedRule(hit.name(), hit.line(), subject, hit.action(), reasonOf(hit)));
            } else {
                matched.add(new MatchedRule("default", defaultLine, subject, defaultAction,
                        "no rule matched; default " + defaultAction.id()));
            }
        }
        for (PolicyRule r : rules) {
            if (r.match().isPlanWide() && r.match().matchesContext(engine, environment) && r.match().matchesReport(report)) {
                matched.add(new MatchedRule(r.name(), r.line(), "plan (score " + report.score() + ", " + report.band() + ")",
                        r.action(), reasonOf(r)));
                break;
            }
        }
        if (matched.isEmpty()) {
            return new Decision(Action.ALLOW, matched, "no findings and no plan-wide rule matched");
        }
        Action action = Action.ALLOW;
        for (MatchedRule m : matched) action = Action.strictest(action, m.action());
        MatchedRule deciding = null;
        for (MatchedRule m : matched) {
            if (m.action() == action) {
                deciding = m;
                break;
            }
        }
        Objects.requireNonNull(deciding);
        String where = deciding.rule().equals("default") ? "default" : deciding.rule() + " at line " + deciding.line();
        return new Decision(action, matched, deciding.reason() + " [" + where + ": " + deciding.subject() + "]");
    }

    /**
     * How many distinct approvers a decision needs: the largest {@code approvals} among the rules that asked for
     * confirmation in it (1 when none says more).
     */
    public int requiredApprovals(Decision decision) {
        int n = 1;
        for (MatchedRule m : decision.matched()) {
            if (m.action() != Action.REQUIRE_CONFIRMATION) continue;
            for (PolicyRule r : rules) {
                if (r.name().equals(m.rule())) n = Math.max(n, r.approvals());
            }
        }
        return n;
    }

    private static String reasonOf(PolicyRule r) {
        return r.reason() != null ? r.reason() : r.action().id() + " when " + r.match().describe();
    }

    private static String subject(Finding f) {
        StringBuilder s = new StringBuilder(f.ruleId());
        List<String> where = new ArrayList<>();
        if (f.statement() > 0) where.add("statement " + f.statement());
        if (f.table() != null) where.add("table " + f.table() + (f.column() != null ? "." + f.column() : ""));
        if (f.severity() != null) where.add(f.severity().id());
        if (!where.isEmpty()) s.append(" (").append(String.join(", ", where)).append(')');
        return s.toString();
    }
}
