package dev.schemactl.engine.mariadb;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A table's options that are not the server's defaults, as the model carries them ({@code Table.options}): the
 * engine when it is not {@code @@default_storage_engine}, information_schema.TABLES.CREATE_OPTIONS (what CREATE
 * TABLE was given: {@code row_format=DYNAMIC pack_keys=1 ...}) and {@code WITH SYSTEM VERSIONING}. Partitioning is
 * not among them (CREATE_OPTIONS only says {@code partitioned}).
 */
record MariaDbTableOptions(Map<String, String> options, boolean systemVersioned) {

    private static final String VERSIONING = "WITH SYSTEM VERSIONING";

    /** The options of a table from the catalog; null when all are the defaults. */
    static String read(String engine, String defaultEngine, String createOptions, boolean systemVersioned) {
        List<String> out = new ArrayList<>();
        if (engine != null && !engine.equalsIgnoreCase(defaultEngine)) out.add("ENGINE=" + engine);
        if (createOptions != null) {
            for (String option : createOptions.trim().split("\\s+")) {
                int eq = option.indexOf('=');
                if (eq < 0) continue; // "partitioned"
                String key = option.substring(0, eq).toUpperCase(Locale.ROOT);
                String value = option.substring(eq + 1);
                // Aria lists transactional=1 whether or not CREATE TABLE said so: its default, not an option given
                if ("Aria".equalsIgnoreCase(engine) && key.equals("TRANSACTIONAL") && value.equals("1")) continue;
                out.add(key + "=" + value);
            }
        }
        if (systemVersioned) out.add(VERSIONING);
        return out.isEmpty() ? null : String.join(" ", out);
    }

    static MariaDbTableOptions parse(String text) {
        Map<String, String> options = new LinkedHashMap<>();
        boolean versioned = false;
        if (text != null) {
            String rest = text;
            if (rest.contains(VERSIONING)) {
                versioned = true;
                rest = rest.replace(VERSIONING, "");
            }
            for (String option : rest.trim().split("\\s+")) {
                int eq = option.indexOf('=');
                if (eq > 0) options.put(option.substring(0, eq).toUpperCase(Locale.ROOT), option.substring(eq + 1));
            }
        }
        return new MariaDbTableOptions(options, versioned);
    }

    /** The ALTER TABLE options that turn these into {@code to} (empty when only versioning differs, or nothing). */
    String changesTo(MariaDbTableOptions to) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> e : to.options.entrySet()) {
            if (!Objects.equals(options.get(e.getKey()), e.getValue())) out.add(e.getKey() + "=" + e.getValue());
        }
        for (String key : options.keySet()) {
            if (!to.options.containsKey(key)) out.add(key + "=" + defaultOf(key));
        }
        return String.join(", ", out);
    }

    private static String defaultOf(String key) {
        return switch (key) {
            case "ENGINE" -> "InnoDB";
            case "CHECKSUM", "KEY_BLOCK_SIZE", "DELAY_KEY_WRITE", "PAGE_CHECKSUM" -> "0";
            default -> "DEFAULT";
        };
    }
}
