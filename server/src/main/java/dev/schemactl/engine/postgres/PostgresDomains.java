package dev.schemactl.engine.postgres;

import dev.schemactl.engine.SqlText;
import dev.schemactl.schema.Domain;
import dev.schemactl.schema.DomainCheck;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the model's domains from the inspector's DOMAINS rows (one per domain CHECK constraint). */
final class PostgresDomains {
    private static final String NOT_VALID = " NOT VALID";

    private PostgresDomains() {
    }

    static List<Domain> read(ResultSet rs) throws SQLException {
        Map<List<String>, Domain> domains = new LinkedHashMap<>();
        Map<List<String>, List<DomainCheck>> checks = new LinkedHashMap<>();
        while (rs.next()) {
            String schema = rs.getBoolean("in_first_schema") ? null : rs.getString("nspname");
            List<String> key = Arrays.asList(schema, rs.getString("typname"));
            domains.computeIfAbsent(key, k -> {
                try {
                    return new Domain(schema, k.get(1), rs.getString("base_type"), rs.getString("collation"),
                            rs.getString("typdefault"), rs.getBoolean("typnotnull"), List.of(),
                            SqlText.emptyToNull(rs.getString("comment")));
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            List<DomainCheck> list = checks.computeIfAbsent(key, k -> new ArrayList<>());
            String name = rs.getString("conname");
            if (name != null) list.add(check(name, rs.getString("condef"), rs.getBoolean("convalidated")));
        }
        List<Domain> out = new ArrayList<>(domains.size());
        domains.forEach((key, d) -> out.add(d.withChecks(checks.get(key))));
        return out;
    }

    /** pg_get_constraintdef appends NOT VALID to a constraint that is not validated: the model keeps it as a flag. */
    static DomainCheck check(String name, String definition, boolean validated) {
        String def = definition.endsWith(NOT_VALID) ? definition.substring(0, definition.length() - NOT_VALID.length()) : definition;
        return new DomainCheck(name, def, !validated);
    }
}
