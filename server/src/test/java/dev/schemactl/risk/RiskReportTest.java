package dev.schemactl.risk;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RiskReportTest {

    static Finding finding(Severity severity) {
        return Finding.of("DS-TEST", Category.D, 1, "t", null, severity, List.of(), "test", null);
    }

    static RiskReport report(Severity... severities) {
        return RiskReport.of(Arrays.stream(severities).map(RiskReportTest::finding).toList(), "full");
    }

    @Test
    void noFindingsScoresZeroInBandNone() {
        RiskReport r = report();
        assertThat(r.score()).isZero();
        assertThat(r.band()).isEqualTo("none");
        assertThat(r.formula()).isEqualTo("score = 0 (no findings)");
        assertThat(r.rollbackability()).isEqualTo("full");
    }

    @Test
    void worstCountsFullyOthersAQuarterRoundedDown() {
        RiskReport r = report(Severity.MEDIUM, Severity.HIGH, Severity.INFO);
        assertThat(r.score()).isEqualTo(35 + (15 + 0) / 4);
        assertThat(r.score()).isEqualTo(38);
        assertThat(r.formula()).isEqualTo("score = min(100, 35 + floor((35+15+0 - 35) / 4)) = 38");
        assertThat(r.band()).isEqualTo("high");
    }

    @Test
    void theBriefsExample() {
        // 35 + floor((35+35+15+0 - 35) / 4) = 35 + 12 = 47
        RiskReport r = report(Severity.HIGH, Severity.HIGH, Severity.MEDIUM, Severity.INFO);
        assertThat(r.score()).isEqualTo(47);
        assertThat(r.formula()).isEqualTo("score = min(100, 35 + floor((35+35+15+0 - 35) / 4)) = 47");
    }

    @Test
    void cappedAtOneHundred() {
        RiskReport r = report(Severity.CRITICAL, Severity.CRITICAL, Severity.CRITICAL, Severity.CRITICAL);
        // 60 + floor(180 / 4) = 105 → 100
        assertThat(r.score()).isEqualTo(100);
        assertThat(r.formula()).endsWith(") = 100").contains("60 + floor((60+60+60+60 - 60) / 4)");
        assertThat(r.band()).isEqualTo("critical");
    }

    @Test
    void singleFindingScoresItsPoints() {
        assertThat(report(Severity.LOW).score()).isEqualTo(5);
        assertThat(report(Severity.INFO).score()).isZero();
        assertThat(report(Severity.INFO).band()).isEqualTo("none");
        assertThat(report(Severity.CRITICAL).score()).isEqualTo(60);
    }

    @ParameterizedTest
    @CsvSource({"0,none", "1,low", "14,low", "15,medium", "34,medium", "35,high", "59,high", "60,critical", "100,critical"})
    void bandBoundaries(int score, String band) {
        assertThat(RiskReport.band(score)).isEqualTo(band);
    }

    @Test
    void modifiersShiftTheEffectiveSeverityWithinBounds() {
        Finding up = Finding.of("R", Category.L, 1, "t", null, Severity.MEDIUM,
                List.of(new Modifier("big table", 1), new Modifier("hot table", 1)), "m", null);
        assertThat(up.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(up.baseSeverity()).isEqualTo(Severity.MEDIUM);
        Finding capped = Finding.of("R", Category.L, 1, "t", null, Severity.HIGH, List.of(new Modifier("x", 5)), "m", null);
        assertThat(capped.severity()).isEqualTo(Severity.CRITICAL);
        Finding down = Finding.of("R", Category.L, 1, "t", null, Severity.LOW, List.of(new Modifier("empty table", -3)), "m", null);
        assertThat(down.severity()).isEqualTo(Severity.INFO);
        assertThat(RiskReport.of(List.of(up, down), "full").score()).isEqualTo(60);
    }

    @Test
    void pointsPerSeverity() {
        assertThat(Arrays.stream(Severity.values()).map(Severity::points)).containsExactly(0, 5, 15, 35, 60);
    }

    @Test
    void manyLowFindingsAcrossMigrationsScoreTheWorstMigration() {
        // issue 12: 50 pending migrations, each one low finding, scored 66 and gated a fresh database's setup
        List<Finding> findings = new java.util.ArrayList<>();
        for (int i = 1; i <= 50; i++) {
            findings.add(Finding.of("TX-NON-TRANSACTIONAL", Category.T, i, null, null, Severity.LOW, List.of(), "m", null));
        }
        RiskReport r = RiskReport.of(findings, "partial", f -> "versions/" + f.statement() + ".sql");
        assertThat(r.score()).isEqualTo(5);
        assertThat(r.band()).isEqualTo("low");
        assertThat(r.bySource()).hasSize(50).allSatisfy(s -> assertThat(s.score()).isEqualTo(5));
        assertThat(r.formula()).startsWith("score = the worst migration's = 5 (versions/1.sql: min(100, 5 + floor((5 - 5) / 4)) = 5;");
    }

    @Test
    void theWorstMigrationDecidesAndOthersAddNothing() {
        Finding high = Finding.of("DS-DROP-TABLE", Category.D, 1, "t", null, Severity.HIGH, List.of(), "m", null);
        Finding medium = Finding.of("LK-CREATE-INDEX", Category.L, 2, "t", null, Severity.MEDIUM, List.of(), "m", null);
        Finding medium2 = Finding.of("LK-CREATE-INDEX", Category.L, 3, "t", null, Severity.MEDIUM, List.of(), "m", null);
        RiskReport r = RiskReport.of(List.of(high, medium, medium2), "full", f -> f.statement() == 1 ? "a.sql" : "b.sql");
        assertThat(r.score()).isEqualTo(35);
        assertThat(r.bySource()).extracting(RiskReport.SourceScore::source, RiskReport.SourceScore::score)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a.sql", 35), org.assertj.core.groups.Tuple.tuple("b.sql", 18));
    }

    @Test
    void withinOneMigrationLesserFindingsLiftTheScoreAtMostOneBand() {
        Severity[] lows = new Severity[50];
        Arrays.fill(lows, Severity.LOW);
        RiskReport r = report(lows);
        assertThat(r.score()).isEqualTo(34);
        assertThat(r.band()).isEqualTo("medium");
        assertThat(r.formula()).startsWith("score = min(100, 5 + floor((")
                .endsWith(" = 66, capped at 34 (at most one band above the worst finding)");
        Severity[] mediums = new Severity[20];
        Arrays.fill(mediums, Severity.MEDIUM);
        assertThat(report(mediums).score()).isEqualTo(59);
        Severity[] highs = new Severity[5];
        Arrays.fill(highs, Severity.HIGH);
        assertThat(report(highs).score()).isEqualTo(35 + 140 / 4);
        assertThat(report(Severity.INFO, Severity.INFO).score()).isZero();
    }
}
