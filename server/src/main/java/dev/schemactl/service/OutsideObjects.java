package dev.schemactl.service;

import dev.schemactl.engine.OutsideReferences.OutsideReference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The objects outside the managed schemas that a dump needs, one line each with what uses it. */
final class OutsideObjects {
    private OutsideObjects() {
    }

    /** "sequence util.invoice_no (default of invoices.number)", the users of one object joined, in the given order. */
    static List<String> labels(List<OutsideReference> references) {
        Map<String, List<String>> users = new LinkedHashMap<>();
        for (OutsideReference r : references) {
            users.computeIfAbsent(r.kind() + " " + r.name(), k -> new ArrayList<>()).add(r.usedBy());
        }
        List<String> out = new ArrayList<>();
        users.forEach((object, by) -> out.add(object + " (" + String.join(", ", by) + ")"));
        return out;
    }
}
