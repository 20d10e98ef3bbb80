package dev.schemactl.service;

import dev.schemactl.engine.DatabaseHandle;
import dev.schemactl.risk.RiskReport;

import java.util.List;

/** Scores the plan an approval is for. Until risk rules exist, {@link #NONE} reports no findings. */
@FunctionalInterface
public interface PlanScorer {
    PlanScorer NONE = (plan, db) -> RiskReport.of(List.of(), "not scored");

    RiskReport score(ApprovalPlan plan, DatabaseHandle db);
}
