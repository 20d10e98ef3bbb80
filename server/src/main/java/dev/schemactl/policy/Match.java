package dev.schemactl.policy;

import dev.schemactl.engine.EngineKind;
import dev.schemactl.risk.Category;
import dev.schemactl.risk.Finding;
import dev.schemactl.risk.RiskReport;
import dev.schemactl.risk.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * The conditions of a policy rule; every condition given must hold, absent ones (null) match anything.
 * A match with {@code scoreAtLeast} is plan-wide: it is checked once against the whole report (and, when it
 * also has finding conditions, needs at least one finding meeting them); every other match is checked
 * against each finding.
 *
 * @param rule        risk rule id glob (DS-DROP-*)
 * @param table       table name glob (audit_*)
 * @param environment environment name glob (prod*); a rule with an environment never matches when no
 *                    environment is set
 */
public record Match(String rule, Category category, Severity severityAtLeast, Integer scoreAtLeast, String table,
                    EngineKind engine, String environment) {

    public static final Match ANY = new Match(null, null, null, null, null, null, null);

    public boolean isPlanWide() {
        return scoreAtLeast != null;
    }

    /** True when the finding meets the finding conditions (rule, category, severity, table). */
    public boolean matchesFinding(Finding f) {
        if (rule != null && !Glob.matches(rule, f.ruleId())) return false;
        if (category != null && f.category() != category) return false;
        if (severityAtLeast != null && (f.severity() == null || !f.severity().atLeast(severityAtLeast))) return false;
        return table == null || Glob.matches(table, f.table());
    }

    /** True when the run's engine and environment meet the context conditions. */
    public boolean matchesContext(EngineKind runEngine, String runEnvironment) {
        if (engine != null && engine != runEngine) return false;
        return environment == null || Glob.matches(environment, runEnvironment);
    }

    /** For plan-wide matches: the score condition and, when there are finding conditions, one finding meeting them. */
    public boolean matchesReport(RiskReport report) {
        if (scoreAtLeast != null && report.score() < scoreAtLeast) return false;
        if (!hasFindingConditions()) return true;
        return report.findings().stream().anyMatch(this::matchesFinding);
    }

    public boolean hasFindingConditions() {
        return rule != null || category != null || severityAtLeast != null || table != null;
    }

    /** The conditions as the policy file spells them, e.g. "rule=DS-DROP-*, environment=production". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (rule != null) parts.add("rule=" + rule);
        if (category != null) parts.add("category=" + category);
        if (severityAtLeast != null) parts.add("severity_at_least=" + severityAtLeast.id());
        if (scoreAtLeast != null) parts.add("score_at_least=" + scoreAtLeast);
        if (table != null) parts.add("table=" + table);
        if (engine != null) parts.add("engine=" + engine.id());
        if (environment != null) parts.add("environment=" + environment);
        return parts.isEmpty() ? "anything" : String.join(", ", parts);
    }
}
