package dev.schemactl.engine.mariadb;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A table's options that are not the server's defaults, as the model carries them ({@code Table.options}): the
 * engine when it is not {@code @@default_storage_engine}, information_schema.TABLES.CREATE_OPTIONS (what CREATE
 * TABLE was given: {@code row_format=DYNAMIC pack_keys=1 ...}), {@code WITH SYSTEM VERSIONING}, and last the partition
 * clause verbatim ({@code PARTITION BY ...}, see {@link MariaDbPartitions}; CREATE_OPTIONS only says
 * {@code partitioned}), which CREATE TABLE takes after the other options.
 */
record MariaDbTableOptions(Map<String, String> options, boolean systemVersioned, String partitioning) {

    private static final String VERSIONING = "WITH SYSTEM VERSIONING";

    private static final String PARTITION_BY = "PARTITION BY ";

    /** The options of a table from the catalog, without partitioning; null when all are the defaults. */
    static String read(String engine, String defaultEngine, String createOptions, boolean systemVersioned) {
        return read(engine, defaultEngine, createOptions, systemVersioned, null);
    }

    /** As {@link #read(String, String, String, boolean, String)}; {@code transactionalSaid}: an Aria table was given TRANSACTIONAL=1. */
    static String read(String engine, String defaultEngine, String createOptions, boolean systemVersioned, String partitioning,
                       boolean transactionalSaid) {
        return options(engine, defaultEngine, createOptions, systemVersioned, partitioning, transactionalSaid);
    }

    /**
     * As above; {@code pageChecksum}: the PAGE_CHECKSUM SHOW CREATE TABLE prints for an Aria table whose CREATE_OPTIONS
     * do not list it (null when they do, or unknown). It is the table's own (what {@code @@aria_page_checksum} gave it),
     * carried as if said, as the next rebuild of the table writes it into CREATE_OPTIONS anyway
     * ({@link MariaDbAriaTransactional#pageChecksumUnlisted}).
     */
    static String read(String engine, String defaultEngine, String createOptions, boolean systemVersioned, String partitioning,
                       boolean transactionalSaid, String pageChecksum) {
        return options(engine, defaultEngine, withPageChecksum(engine, createOptions, pageChecksum), systemVersioned,
                partitioning, transactionalSaid);
    }

    /** {@code createOptions} with {@code page_checksum=V} where the server lists it (after checksum, before delay_key_write). */
    static String withPageChecksum(String engine, String createOptions, String pageChecksum) {
        if (pageChecksum == null || !MariaDbAriaTransactional.pageChecksumUnlisted(engine, createOptions)) return createOptions;
        List<String> tokens = new ArrayList<>(createOptions == null || createOptions.isBlank() ? List.of()
                : Arrays.asList(createOptions.trim().split("\\s+")));
        int at = tokens.size();
        for (int i = 0; i < tokens.size(); i++) {
            String key = tokens.get(i).contains("=") ? tokens.get(i).substring(0, tokens.get(i).indexOf('=')) : tokens.get(i);
            if (List.of("delay_key_write", "row_format", "key_block_size", "partitioned", "transactional")
                    .contains(key.toLowerCase(Locale.ROOT))) {
                at = i;
                break;
            }
        }
        tokens.add(at, "page_checksum=" + pageChecksum);
        return String.join(" ", tokens);
    }

    /** The options of a table from the catalog and its partition clause (null for none); null when all are the defaults. */
    static String read(String engine, String defaultEngine, String createOptions, boolean systemVersioned, String partitioning) {
        return options(engine, defaultEngine, createOptions, systemVersioned, partitioning, false);
    }

    private static String options(String engine, String defaultEngine, String createOptions, boolean systemVersioned,
                                  String partitioning, boolean transactionalSaid) {
        List<String> out = new ArrayList<>();
        if (engine != null && !engine.equalsIgnoreCase(defaultEngine)) out.add("ENGINE=" + engine);
        if (createOptions != null) {
            for (String option : createOptions.trim().split("\\s+")) {
                int eq = option.indexOf('=');
                if (eq < 0) continue; // "partitioned"
                String key = option.substring(0, eq).toUpperCase(Locale.ROOT);
                String value = option.substring(eq + 1);
                // Aria lists transactional=1 whether or not CREATE TABLE said so (its default); kept only when said
                // (SHOW CREATE TABLE then prints it, see MariaDbAriaTransactional)
                if ("Aria".equalsIgnoreCase(engine) && key.equals("TRANSACTIONAL") && value.equals("1") && !transactionalSaid) continue;
                out.add(key + "=" + value);
            }
        }
        if (systemVersioned) out.add(VERSIONING);
        if (partitioning != null) out.add(partitioning);
        return out.isEmpty() ? null : String.join(" ", out);
    }

    /** {@code options} without its leading {@code ENGINE=} unless that is {@code engine}; null when nothing is left. */
    static String withoutEngineOtherThan(String options, String engine) {
        if (options == null || !options.startsWith("ENGINE=")) return options;
        int end = options.indexOf(' ');
        String first = end < 0 ? options : options.substring(0, end);
        if (first.equalsIgnoreCase("ENGINE=" + engine)) return options;
        String rest = end < 0 ? "" : options.substring(end + 1).strip();
        return rest.isEmpty() ? null : rest;
    }

    /** True when the catalog's CREATE_OPTIONS say the table is partitioned. */
    static boolean partitioned(String createOptions) {
        return createOptions != null && Arrays.asList(createOptions.trim().split("\\s+")).contains("partitioned");
    }

    static MariaDbTableOptions parse(String text) {
        Map<String, String> options = new LinkedHashMap<>();
        boolean versioned = false;
        String partitioning = null;
        if (text != null) {
            String rest = text;
            int at = rest.startsWith(PARTITION_BY) ? 0 : rest.indexOf(" " + PARTITION_BY);
            if (at >= 0) {
                partitioning = rest.substring(at).strip();
                rest = rest.substring(0, at);
            }
            if (rest.contains(VERSIONING)) {
                versioned = true;
                rest = rest.replace(VERSIONING, "");
            }
            for (String option : tokens(rest)) {
                int eq = option.indexOf('=');
                if (eq > 0) options.put(option.substring(0, eq).toUpperCase(Locale.ROOT), option.substring(eq + 1));
            }
        }
        return new MariaDbTableOptions(options, versioned, partitioning);
    }

    /**
     * {@code text} split at whitespace outside backquotes and parentheses: a MERGE table's {@code UNION=(`a b`,`c`)}
     * (see {@link MariaDbMergeTables}) stays one option.
     */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        boolean quoted = false;
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '`') quoted = !quoted;
            else if (!quoted && ch == '(') depth++;
            else if (!quoted && ch == ')' && depth > 0) depth--;
            if (!quoted && depth == 0 && Character.isWhitespace(ch)) {
                if (!token.isEmpty()) out.add(token.toString());
                token.setLength(0);
            } else {
                token.append(ch);
            }
        }
        if (!token.isEmpty()) out.add(token.toString());
        return out;
    }

    /**
     * {@code options} (as {@link #read} gives them) with a MERGE table's {@code INSERT_METHOD=... UNION=(...)} put
     * after the catalog's options, before system versioning and partitioning; {@code options} itself when null.
     */
    static String withMerge(String options, String merge) {
        if (merge == null) return options;
        if (options == null) return merge;
        int at = options.indexOf(" " + VERSIONING);
        if (at < 0) at = options.startsWith(VERSIONING) ? 0 : -1;
        int partition = options.startsWith(PARTITION_BY) ? 0 : options.indexOf(" " + PARTITION_BY);
        if (at < 0 || (partition >= 0 && partition < at)) at = partition;
        if (at < 0) return options + " " + merge;
        if (at == 0) return merge + " " + options;
        return options.substring(0, at) + " " + merge + options.substring(at);
    }

    /** The ALTER TABLE options that turn these into {@code to} (empty when only versioning or partitioning differ, or nothing). */
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

    /**
     * True when going to {@code to} leaves an Aria table for another engine without a PAGE_CHECKSUM of its own: Aria
     * fills in its page checksum while the ALTER TABLE that changes the engine runs (even one saying
     * {@code PAGE_CHECKSUM=DEFAULT}), so the new table keeps {@code PAGE_CHECKSUM=1} in SHOW CREATE TABLE; only a
     * later {@code ALTER TABLE t PAGE_CHECKSUM=DEFAULT} takes it away.
     */
    boolean leavesAriaPageChecksum(MariaDbTableOptions to) {
        return "Aria".equalsIgnoreCase(options.get("ENGINE")) && !"Aria".equalsIgnoreCase(to.options.get("ENGINE"))
                && !to.options.containsKey("PAGE_CHECKSUM");
    }

    /**
     * True when going to {@code to} moves an Aria table that was given TRANSACTIONAL to an engine that refuses the
     * option (MyISAM, MEMORY: "Unknown option 'transactional'", even as {@code TRANSACTIONAL=DEFAULT}) and keeps it
     * in a comment ({@code /* TRANSACTIONAL=1 *&#47;}) when the ALTER TABLE does not say it: it is taken away first,
     * while the table is still Aria.
     */
    boolean dropsAriaTransactionalFirst(MariaDbTableOptions to) {
        String target = to.options.get("ENGINE");
        return "Aria".equalsIgnoreCase(options.get("ENGINE")) && options.containsKey("TRANSACTIONAL")
                && !to.options.containsKey("TRANSACTIONAL") && target != null
                && !"Aria".equalsIgnoreCase(target) && !"InnoDB".equalsIgnoreCase(target);
    }

    /** These options, system-versioned or not. */
    MariaDbTableOptions withSystemVersioned(boolean versioned) {
        return new MariaDbTableOptions(options, versioned, partitioning);
    }

    /** These options without {@code key}. */
    MariaDbTableOptions without(String key) {
        Map<String, String> rest = new LinkedHashMap<>(options);
        rest.remove(key);
        return new MariaDbTableOptions(rest, systemVersioned, partitioning);
    }

    private static String defaultOf(String key) {
        return switch (key) {
            case "ENGINE" -> "InnoDB";
            // these take no DEFAULT (a syntax error); 0 is "not set", which SHOW CREATE TABLE then leaves out
            case "CHECKSUM", "KEY_BLOCK_SIZE", "DELAY_KEY_WRITE", "MIN_ROWS", "MAX_ROWS", "AVG_ROW_LENGTH" -> "0";
            // takes DEFAULT; PAGE_CHECKSUM=0 stays in SHOW CREATE TABLE as written
            case "INSERT_METHOD" -> "NO";
            // a MERGE table's list of tables; UNION=DEFAULT is a syntax error
            case "UNION" -> "()";
            default -> "DEFAULT";
        };
    }
}
