package dev.schemactl.service;

import dev.schemactl.migration.StatusReport;

public record StatusResult(StatusReport status) implements Result {
    @Override
    public String text() {
        return status.text();
    }
}
