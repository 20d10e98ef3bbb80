package dev.schemactl.service;

import dev.schemactl.engine.RenderedChange;

import java.util.List;

/** One planned change as users and agents see it: what it does and its SQL both ways. */
public record ChangeView(String type, String table, String description, List<String> forward, List<String> rollback,
                         boolean rollbackLosesData) {

    static ChangeView of(RenderedChange r, dev.schemactl.engine.TypeNames types) {
        return new ChangeView(r.change().getClass().getSimpleName(), r.change().table(), ChangeDescriptions.describe(r.change(), types),
                r.forward(), r.rollback(), r.rollbackLosesData());
    }

    /** "+" adds, "-" removes, "~" changes: the marker of the text diff. */
    public String marker() {
        if (type.startsWith("Create") || type.startsWith("Add")) return "+";
        if (type.startsWith("Drop")) return "-";
        return "~";
    }
}
