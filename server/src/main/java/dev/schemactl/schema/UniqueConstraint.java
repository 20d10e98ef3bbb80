package dev.schemactl.schema;

import java.util.List;

public record UniqueConstraint(String name, List<String> columns, Deferral deferral) {
    public UniqueConstraint {
        columns = List.copyOf(columns);
        deferral = Deferral.orDefault(deferral);
    }

    public UniqueConstraint(String name, List<String> columns) {
        this(name, columns, Deferral.NOT_DEFERRABLE);
    }

    public UniqueConstraint withColumns(List<String> newColumns) {
        return new UniqueConstraint(name, newColumns, deferral);
    }
}
