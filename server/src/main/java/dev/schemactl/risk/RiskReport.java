package dev.schemactl.risk;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The findings of a plan, and one score for all of them.
 *
 * <p>score = min(100, max + floor((sum − max) / 4)) over the findings' points: the worst finding counts
 * fully, every other one adds a quarter of its points. Bands: 0 none, 1–14 low, 15–34 medium, 35–59 high,
 * 60–100 critical.
 *
 * @param formula         the score's computation written out, e.g.
 *                        "score = min(100, 35 + floor((35+15+0 - 35) / 4)) = 47"
 * @param rollbackability how the plan can be undone (free text from the scorer, e.g. "full", "data lost")
 */
public record RiskReport(List<Finding> findings, int score, String band, String formula, String rollbackability) {

    public RiskReport {
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    public static RiskReport of(List<Finding> findings, String rollbackability) {
        List<Integer> points = findings.stream().map(Finding::points).sorted(Comparator.reverseOrder()).toList();
        if (points.isEmpty()) {
            return new RiskReport(findings, 0, band(0), "score = 0 (no findings)", rollbackability);
        }
        int max = points.get(0);
        int sum = points.stream().mapToInt(Integer::intValue).sum();
        int score = Math.min(100, max + Math.floorDiv(sum - max, 4));
        String terms = points.stream().map(String::valueOf).collect(Collectors.joining("+"));
        String formula = "score = min(100, " + max + " + floor((" + terms + " - " + max + ") / 4)) = " + score;
        return new RiskReport(findings, score, band(score), formula, rollbackability);
    }

    /** The band a score falls in: none, low, medium, high or critical. */
    public static String band(int score) {
        if (score <= 0) return "none";
        if (score < 15) return "low";
        if (score < 35) return "medium";
        if (score < 60) return "high";
        return "critical";
    }
}
