package dev.schemactl.migration;

import liquibase.change.AbstractSQLChange;
import liquibase.parser.core.formattedsql.FormattedSqlChangeLogParser;

/** Liquibase's formatted-SQL changelog parser, making {@link LinearSqlChange}s; chosen before Liquibase's own. */
public final class LinearFormattedSqlParser extends FormattedSqlChangeLogParser {

    @Override
    protected AbstractSQLChange getChange() {
        return new LinearSqlChange();
    }

    @Override
    public int getPriority() {
        return super.getPriority() + 1;
    }
}
