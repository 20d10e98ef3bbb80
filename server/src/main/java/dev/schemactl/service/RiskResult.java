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
 */
public record RiskResult(String subject, String database, String engine, int statements, List<String> sources,
                         RiskReport report) implements Result {

    public RiskResult {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    @Override
    public String text() {
        StringBuilder out = new StringBuilder("Risk of " + subject + " on " + database + " (" + engine + ", " + statements
                + (statements == 1 ? " statement" : " statements") + ")\n");
        if (sources.size() > 1) sources.forEach(s -> out.append("  ").append(s).append('\n'));
        return out.append(ReportText.render(report)).toString();
    }
}
