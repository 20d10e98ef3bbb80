package dev.schemactl.migration;

import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.List;

/** Every migration file with its state, plus totals. Renders as the status table. */
public record StatusReport(String database, String engine, List<MigrationState> migrations, int applied, int pending,
                           List<String> changed) {

    public static StatusReport of(String database, String engine, List<MigrationState> migrations) {
        int applied = (int) migrations.stream().filter(m -> m.state() == MigrationState.State.APPLIED).count();
        int pending = (int) migrations.stream().filter(MigrationState::isPending).count();
        List<String> changed = migrations.stream().filter(MigrationState::changed).map(MigrationState::file).toList();
        return new StatusReport(database, engine, List.copyOf(migrations), applied, pending, changed);
    }

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    public String text() {
        StringBuilder out = new StringBuilder();
        out.append("database: ").append(database).append(" (").append(engine).append(")\n");
        if (migrations.isEmpty()) {
            out.append("no migrations (create one with `schemactl new -m NAME`)\n");
            return out.toString();
        }
        int nameWidth = Math.max(4, migrations.stream().mapToInt(m -> m.name().length()).max().orElse(4));
        String format = "%-14s  %-" + nameWidth + "s  %-8s  %-19s  %s%n";
        out.append(String.format(format, "VERSION", "NAME", "STATE", "APPLIED AT (UTC)", "NOTE"));
        for (MigrationState m : migrations) {
            String note = m.changed() ? "CHANGED after it was applied"
                    : m.note() != null ? m.appliedChangesets() + "/" + m.changesets() + " changesets applied; " + m.note()
                    : m.state() == MigrationState.State.PARTIAL ? m.appliedChangesets() + "/" + m.changesets() + " changesets applied"
                    : m.state() == MigrationState.State.MISSING ? "file is missing" : "";
            out.append(String.format(format, m.version(), m.name(), m.state().name().toLowerCase(),
                    m.appliedAt() == null ? "-" : AT.format(m.appliedAt()), note).stripTrailing()).append('\n');
        }
        out.append(applied).append(" applied, ").append(pending).append(" pending");
        if (!changed.isEmpty()) out.append(", ").append(changed.size()).append(" changed after apply");
        out.append('\n');
        return out.toString();
    }
}
