package dev.schemactl.service;

import dev.schemactl.risk.ReportText;
import dev.schemactl.risk.RiskReport;

import java.util.List;

/**
 * A risk report and what it is about: the result of `schemactl lint` (text and JSON) and of the MCP tool
 * score_risk.
 *
 * @param subject    what was scored ("pending migrations 2026…", the files given, ...)
 * @param database   the (masked) URL of the database the facts come from
 * @param engine     the engine and version the rules reasoned about, e.g. "PostgreSQL 15.4"
 * @param statements how many statements were scored
 * @param sources    which statements come from which file, e.g. "statements 1–4: versions/2026…_a.sql" (findings
 *                   name statements by their number across all files)
 * @param rollbackVerification per migration file scored: "VERSION: rollback verified" on a shadow database, or why not
 * @param locations  where each statement is: its file (relative to the project) and line, for CI annotations; a
 *                   statement read from stdin or a tool argument has none
 */
public record RiskResult(String subject, String database, String engine, int statements, List<String> sources,
                         RiskReport report, List<String> rollbackVerification, List<StatementLocation> locations) implements Result {

    /** Statement {@code statement} (1-based, as findings number them) starts at {@code line} of {@code file}. */
    public record StatementLocation(int statement, String file, int line) {
    }

    public RiskResult {
        sources = sources == null ? List.of() : List.copyOf(sources);
        rollbackVerification = rollbackVerification == null ? List.of() : List.copyOf(rollbackVerification);
        locations = locations == null ? List.of() : List.copyOf(locations);
    }

    public RiskResult(String subject, String database, String engine, int statements, List<String> sources, RiskReport report) {
        this(subject, database, engine, statements, sources, report, List.of(), List.of());
    }

    /** The same result with one "VERSION: rollback verified" (or the failure) line per migration scored. */
    public RiskResult withRollbackVerification(List<String> lines) {
        return new RiskResult(subject, database, engine, statements, sources, report, lines, locations);
    }

    /** The same result with another report (the same findings with measured facts beside them). */
    public RiskResult withReport(RiskReport newReport) {
        return new RiskResult(subject, database, engine, statements, sources, newReport, rollbackVerification, locations);
    }

    /** The same result with the statements' places in their files. */
    public RiskResult withLocations(List<StatementLocation> where) {
        return new RiskResult(subject, database, engine, statements, sources, report, rollbackVerification, where);
    }

    /** Where statement {@code n} is, if known. */
    public java.util.Optional<StatementLocation> location(int n) {
        return locations.stream().filter(l -> l.statement() == n).findFirst();
    }

    @Override
    public String text() {
        StringBuilder out = new StringBuilder("Risk of " + subject + " on " + database + " (" + engine + ", " + statements
                + (statements == 1 ? " statement" : " statements") + ")\n");
        if (sources.size() > 1) sources.forEach(s -> out.append("  ").append(s).append('\n'));
        out.append(ReportText.render(report));
        rollbackVerification.forEach(line -> out.append(line).append('\n'));
        return out.toString();
    }
}
