package dev.schemactl.risk;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.schemactl.engine.MeasuredStatement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The findings of a plan, and one score for all of them.
 *
 * <p>Each migration (source file) is scored on its own: min(100, max + floor((sum − max) / 4)) over its findings'
 * points — the worst finding counts fully, every other one adds a quarter of its points — capped one band above the
 * worst finding (34 when the worst is low, 59 when it is medium, 100 when it is high or critical), so many harmless
 * findings never add up to a gate. The report's score is the worst
 * migration's. Bands: 0 none, 1–14 low, 15–34 medium, 35–59 high, 60–100 critical.
 *
 * @param formula         the score's computation written out, e.g.
 *                        "score = min(100, 35 + floor((35+15+0 - 35) / 4)) = 47"
 * @param rollbackability how the plan can be undone (free text from the scorer, e.g. "full", "data lost")
 * @param bySource        the score of each source (migration file) that has findings, in the order they run
 * @param measured        what each statement really did on a shadow database (`verify --locks`, score_risk with
 *                        measure); empty when not measured
 * @param disagreements   where the measurement contradicts the rules' prediction (see {@link MeasuredComparison})
 */
public record RiskReport(List<Finding> findings, int score, String band, String formula, String rollbackability,
                         List<SourceScore> bySource,
                         @JsonInclude(JsonInclude.Include.NON_EMPTY) List<MeasuredStatement> measured,
                         @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> disagreements) {

    /** One migration's (source file's) score. */
    public record SourceScore(String source, int score, String band, String formula) {
    }

    public RiskReport {
        findings = findings == null ? List.of() : List.copyOf(findings);
        bySource = bySource == null ? List.of() : List.copyOf(bySource);
        measured = measured == null ? List.of() : List.copyOf(measured);
        disagreements = disagreements == null ? List.of() : List.copyOf(disagreements);
    }

    public RiskReport(List<Finding> findings, int score, String band, String formula, String rollbackability,
                      List<SourceScore> bySource) {
        this(findings, score, band, formula, rollbackability, bySource, List.of(), List.of());
    }

    /** The same report with the measured facts beside the findings, and where they disagree. */
    public RiskReport withMeasured(List<MeasuredStatement> statements, java.util.Set<String> tablesBefore) {
        return new RiskReport(findings, score, band, formula, rollbackability, bySource, statements,
                MeasuredComparison.disagreements(findings, statements, tablesBefore));
    }

    /** The findings scored as one migration. */
    public static RiskReport of(List<Finding> findings, String rollbackability) {
        return of(findings, rollbackability, f -> "");
    }

    /** The findings scored per source ({@code sourceOf}); the report takes the worst source's score. */
    public static RiskReport of(List<Finding> findings, String rollbackability, Function<Finding, String> sourceOf) {
        if (findings.isEmpty()) {
            return new RiskReport(findings, 0, band(0), "score = 0 (no findings)", rollbackability, List.of());
        }
        Map<String, List<Finding>> groups = new LinkedHashMap<>();
        for (Finding f : findings) groups.computeIfAbsent(sourceOf.apply(f), k -> new ArrayList<>()).add(f);
        List<SourceScore> scores = new ArrayList<>();
        groups.forEach((source, group) -> scores.add(score(source, group)));
        if (scores.size() == 1) {
            SourceScore only = scores.get(0);
            return new RiskReport(findings, only.score(), only.band(), "score = " + only.formula(), rollbackability, scores);
        }
        SourceScore worst = scores.stream().max(Comparator.comparingInt(SourceScore::score)).orElseThrow();
        String each = scores.stream().map(s -> s.source() + ": " + s.formula()).collect(Collectors.joining("; "));
        String formula = "score = the worst migration's = " + worst.score() + " (" + each + ")";
        return new RiskReport(findings, worst.score(), band(worst.score()), formula, rollbackability, scores);
    }

    private static SourceScore score(String source, List<Finding> group) {
        List<Integer> points = group.stream().map(Finding::points).sorted(Comparator.reverseOrder()).toList();
        int max = points.get(0);
        int sum = points.stream().mapToInt(Integer::intValue).sum();
        int raw = Math.min(100, max + Math.floorDiv(sum - max, 4));
        int cap = cap(max);
        int score = Math.min(cap, raw);
        String terms = points.stream().map(String::valueOf).collect(Collectors.joining("+"));
        String formula = "min(100, " + max + " + floor((" + terms + " - " + max + ") / 4)) = " + raw
                + (raw > cap ? ", capped at " + cap + " (at most one band above the worst finding)" : "");
        return new SourceScore(source, score, band(score), formula);
    }

    /** The highest score findings whose worst has {@code max} points can reach: the top of the band above it. */
    static int cap(int max) {
        if (max >= Severity.HIGH.points()) return 100;
        if (max >= Severity.MEDIUM.points()) return Severity.CRITICAL.points() - 1;
        if (max >= Severity.LOW.points()) return Severity.HIGH.points() - 1;
        return 0;
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
