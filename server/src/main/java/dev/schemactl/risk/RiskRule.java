package dev.schemactl.risk;

import java.util.List;

/**
 * A family of risk rules. The scorer calls {@link #check} for every step, in order, with the context as it is just
 * before that step, then {@link #checkSource} once per source file with all of its steps. Rules read Changes (and
 * the few statement kinds that have none, see {@link Op}), never SQL text.
 */
public interface RiskRule {

    /** Findings about one step. */
    List<Finding> check(Step step, RiskContext context);

    /** Findings about a whole source file (transaction rules); none by default. */
    default List<Finding> checkSource(String source, List<Step> steps, RiskContext context) {
        return List.of();
    }
}
