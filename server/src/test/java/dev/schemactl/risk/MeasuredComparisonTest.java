package dev.schemactl.risk;

import dev.schemactl.engine.MeasuredStatement;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class MeasuredComparisonTest {
    private static Finding finding(String rule, int statement, Severity severity) {
        return Finding.of(rule, Category.L, statement, "t", null, severity, List.of(), "m", null);
    }

    private static MeasuredStatement measured(int statement, List<String> rewritten, boolean blocksWrites, String mode) {
        return new MeasuredStatement(statement, "sql", mode == null ? List.of() : List.of(new MeasuredStatement.Lock("t", "table", mode)),
                rewritten, null, blocksWrites, null, null);
    }

    @Test
    void agreementGivesNothing() {
        assertThat(MeasuredComparison.disagreements(List.of(finding("LK-ADD-DEFAULT-REWRITE", 1, Severity.HIGH)),
                List.of(measured(1, List.of("t"), true, "AccessExclusiveLock")), Set.of("t"))).isEmpty();
        // a type change the rule says the engine makes in place, measured without a rewrite or blocking lock
        Finding inPlace = Finding.of("LK-CHANGE-TYPE", Category.L, 1, "t", "c", Severity.HIGH,
                List.of(new Modifier("varchar growth: info", -4)), "changes the type of t.c from varchar(200) to varchar(300)"
                        + RewriteRules.NO_REWRITE, null);
        assertThat(MeasuredComparison.disagreements(List.of(inPlace),
                List.of(measured(1, List.of(), false, "metadata only (INSTANT)")), Set.of("t"))).isEmpty();
    }

    @Test
    void eachKindOfDisagreementIsNamed() {
        List<String> out = MeasuredComparison.disagreements(
                List.of(finding("LK-CHANGE-TYPE", 1, Severity.HIGH), finding("LK-CREATE-INDEX", 3, Severity.MEDIUM)),
                List.of(measured(1, List.of(), true, "AccessExclusiveLock"),
                        measured(2, List.of("t"), true, "AccessExclusiveLock"),
                        measured(3, List.of(), false, "ShareUpdateExclusiveLock"),
                        measured(4, List.of("created_here"), true, "AccessExclusiveLock"),
                        MeasuredStatement.failed(5, "x", "boom")), Set.of("t"));
        assertThat(out).containsExactly(
                "statement 1: LK-CHANGE-TYPE predicts a table rewrite; measured: no rewrite",
                "statement 2: measured a rewrite of t; no rule predicts one",
                "statement 3: LK-CREATE-INDEX predicts a lock that blocks writes; measured: only [ShareUpdateExclusiveLock on table t]");
    }

    @Test
    void aRuleStillPredictsARewriteWhenRowCountsLoweredItsSeverity() {
        Finding small = Finding.of("LK-CHANGE-TYPE", Category.L, 1, "t", "c", Severity.HIGH,
                List.of(new Modifier("t has 3 rows", -3)), "m", null);
        assertThat(small.severity()).isEqualTo(Severity.INFO);
        assertThat(MeasuredComparison.disagreements(List.of(small), List.of(measured(1, List.of("t"), true, "AccessExclusiveLock")),
                Set.of("t"))).isEmpty();
    }

    @Test
    void theReportCarriesThemAndTheTextShowsThem() {
        RiskReport report = RiskReport.of(List.of(finding("LK-ADD-DEFAULT-REWRITE", 1, Severity.HIGH)), "full")
                .withMeasured(List.of(measured(1, List.of(), true, "AccessExclusiveLock")), Set.of("t"));
        assertThat(report.disagreements()).hasSize(1);
        assertThat(ReportText.render(report)).contains("measured on a shadow database",
                "statement 1: no rewrite; AccessExclusiveLock on table t",
                "DISAGREES statement 1: LK-ADD-DEFAULT-REWRITE predicts a table rewrite");
        assertThat(ReportText.render(RiskReport.of(List.of(), "full"))).doesNotContain("measured");
    }
}
