package dev.schemactl.service;

import java.util.List;

/** `schemactl verify`: the rollback check of each selected migration, in version order. */
public record VerificationReport(List<MigrationVerification> migrations) implements Result {

    public VerificationReport {
        migrations = migrations == null ? List.of() : List.copyOf(migrations);
    }

    /** True when every checked migration verified (and also when there was nothing to check). */
    public boolean allVerified() {
        return migrations.stream().allMatch(MigrationVerification::verified);
    }

    @Override
    public String text() {
        if (migrations.isEmpty()) return "nothing to verify\n";
        StringBuilder out = new StringBuilder();
        for (MigrationVerification m : migrations) {
            out.append(m.version()).append(' ').append(m.name()).append(": ")
                    .append(yesNo(m.applies(), "applies", "does NOT apply")).append(", ")
                    .append(m.applies() ? yesNo(m.rollsBack(), "rolls back", "rollback FAILS") : "rollback not run").append(", ")
                    .append(m.applies() && m.rollsBack() ? yesNo(m.restoresExactly(), "restores the schema exactly",
                            "does NOT restore the schema") : "restore not checked")
                    .append(m.rollbackLosesData() ? ", rollback loses data" : "")
                    .append(m.fromLiveSchema() ? " (from a copy of the live schema: no baseline yet)" : "")
                    .append('\n');
            for (String d : m.differences()) out.append("    ").append(d).append('\n');
            if (m.error() != null) out.append("    error: ").append(m.error()).append('\n');
        }
        long failed = migrations.stream().filter(m -> !m.verified()).count();
        out.append(migrations.size() - failed).append(" verified, ").append(failed).append(" failed\n");
        return out.toString();
    }

    private static String yesNo(boolean value, String yes, String no) {
        return value ? yes : no;
    }
}
