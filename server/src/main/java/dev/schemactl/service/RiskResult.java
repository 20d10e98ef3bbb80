package dev.schemactl.service;

import dev.schemactl.risk.ReportText;
import dev.schemactl.risk.RiskReport;

/**
 * A risk report and what it is about: the result of `schemactl lint` (text and JSON) and of the MCP tool
 * score_risk.
 *
 * @param subject    what was scored ("pending migrations 2026…", the files given, ...)
 * @param database   the (masked) URL of the database the facts come from
 * @param engine     the engine and version the rules reasoned about, e.g. "PostgreSQL 15.4"
 * @param statements how many statements were scored
 */
public record RiskResult(String subject, String database, String engine, int statements, RiskReport report) implements Result {

    @Override
    public String text() {
        return "Risk of " + subject + " on " + database + " (" + engine + ", " + statements
                + (statements == 1 ? " statement" : " statements") + ")\n" + ReportText.render(report);
    }
}
