package dev.schemactl.service;

import dev.schemactl.diff.Change;
import dev.schemactl.diff.Plan;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import dev.schemactl.schema.Schema;

/** Plans schemactl refuses to write unless asked in so many words. */
final class PlanGuards {
    private PlanGuards() {
    }

    /** True when the live database has tables and the plan drops every one of them (renames are not drops). */
    static boolean dropsEveryTable(Schema current, Plan plan) {
        if (current.tables().isEmpty()) return false;
        long dropped = plan.changes().stream().filter(c -> c instanceof Change.DropTable).count();
        return dropped >= current.tables().size();
    }

    static String dropAllWarning(Schema current, String desired) {
        return "this plan drops every table of the database (" + current.tables().size() + "): " + desired
                + " has none of them. Was the desired state empty by accident? `schemactl new` refuses it without --allow-drop-all";
    }

    static void refuseDropAll(Schema current, Plan plan, String desired, String database) {
        if (!dropsEveryTable(current, plan)) return;
        throw new SchemactlException(ErrorCode.PLAN_REFUSED, "refused: the plan drops every table of " + database + " ("
                + current.tables().size() + " tables) because " + desired + " has none of them",
                "check the desired state (an empty or wrongly scoped schema file, models not found, `schemas:` in "
                        + "schemactl.yaml); if dropping everything is really what you want, pass --allow-drop-all "
                        + "(MCP: allow_drop_all: true)");
    }
}
