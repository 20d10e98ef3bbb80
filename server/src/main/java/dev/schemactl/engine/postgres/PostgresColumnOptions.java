package dev.schemactl.engine.postgres;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PostgreSQL column's physical options as the model's {@code Column.options} spells them, one canonical string so
 * that equal options are equal strings: {@code COMPRESSION pglz|lz4} (attcompression, when set), {@code STORAGE
 * PLAIN|MAIN|EXTERNAL|EXTENDED} (attstorage, when not the type's typstorage) and {@code STATISTICS n} (attstattarget,
 * when not the default) and {@code WITH (n_distinct=-0.02, n_distinct_inherited=...)} (the planner's attribute options,
 * attoptions, sorted by name), in that order. All are metadata: none rewrites the table or changes a value read back.
 */
public record PostgresColumnOptions(String compression, String storage, Integer statistics, Map<String, String> attributes) {

    static final PostgresColumnOptions NONE = new PostgresColumnOptions(null, null, null);

    /** The attribute options ALTER COLUMN ... SET (...) takes; other attoptions entries are no user's and are not read. */
    private static final Set<String> ATTRIBUTE_OPTIONS = Set.of("n_distinct", "n_distinct_inherited");

    private static final Pattern CANONICAL = Pattern.compile(
            "^(?:COMPRESSION (\\w+))?\\s*(?:STORAGE (\\w+))?\\s*(?:STATISTICS (-?\\d+))?\\s*(?:WITH \\((.*)\\))?$", Pattern.CASE_INSENSITIVE);

    /** Varlena types whose typstorage is not EXTENDED: what a storage is reset to (fixed-length types are PLAIN only). */
    private static final Set<String> MAIN_TYPES = Set.of("numeric", "decimal", "inet", "cidr");
    private static final Set<String> PLAIN_TYPES = Set.of("tsquery", "int2vector", "oidvector");

    public PostgresColumnOptions {
        if (compression != null) compression = compression.toLowerCase(Locale.ROOT);
        if (storage != null) storage = storage.toUpperCase(Locale.ROOT);
        attributes = attributes == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(attributes));
    }

    /** Options without attribute options. */
    public PostgresColumnOptions(String compression, String storage, Integer statistics) {
        this(compression, storage, statistics, Map.of());
    }

    /** The options a model string names; null or blank: none. */
    static PostgresColumnOptions parse(String options) {
        if (options == null || options.isBlank()) return NONE;
        Matcher m = CANONICAL.matcher(options.strip());
        if (!m.matches()) throw new IllegalArgumentException("not PostgreSQL column options: " + options);
        Map<String, String> attributes = new TreeMap<>();
        if (m.group(4) != null) for (String pair : m.group(4).split(",")) put(attributes, pair);
        return new PostgresColumnOptions(m.group(1), m.group(2), m.group(3) == null ? null : Integer.valueOf(m.group(3)), attributes);
    }

    private static void put(Map<String, String> attributes, String option) {
        int eq = option.indexOf('=');
        if (eq <= 0) throw new IllegalArgumentException("not an attribute option: " + option);
        attributes.put(option.substring(0, eq).strip().toLowerCase(Locale.ROOT), option.substring(eq + 1).strip());
    }

    /**
     * The options as the catalog states them: attcompression ('p' pglz, 'l' lz4, empty for the default), attstorage
     * and the type's typstorage ('p', 'm', 'e', 'x'), attstattarget (-1 or null for the default).
     */
    static String fromCatalog(String attcompression, String attstorage, String typstorage, Integer attstattarget) {
        return fromCatalog(attcompression, attstorage, typstorage, attstattarget, List.of());
    }

    /** As above, with attoptions ({@code n_distinct=-0.02} each; entries that are no user's attribute option are left out). */
    static String fromCatalog(String attcompression, String attstorage, String typstorage, Integer attstattarget,
                              List<String> attoptions) {
        String compression = attcompression == null ? null : switch (attcompression) {
            case "p" -> "pglz";
            case "l" -> "lz4";
            default -> null;
        };
        String storage = attstorage == null || attstorage.equals(typstorage) ? null : storageName(attstorage);
        Integer statistics = attstattarget == null || attstattarget < 0 ? null : attstattarget;
        // the usual column (this runs for every inspected one): nothing set, no attribute option of a user's
        if (compression == null && storage == null && statistics == null && attoptions.stream().noneMatch(PostgresColumnOptions::mayBeUsers)) {
            return null;
        }
        Map<String, String> attributes = new TreeMap<>();
        for (String o : attoptions) put(attributes, o);
        attributes.keySet().retainAll(ATTRIBUTE_OPTIONS);
        return new PostgresColumnOptions(compression, storage, statistics, attributes).format();
    }

    /** False for an attoptions entry that is surely none of {@link #ATTRIBUTE_OPTIONS} (they all start with n_distinct). */
    private static boolean mayBeUsers(String option) {
        int eq = option.indexOf('=');
        return eq <= 0 || option.strip().regionMatches(true, 0, "n_distinct", 0, "n_distinct".length());
    }

    private static String storageName(String code) {
        return switch (code) {
            case "p" -> "PLAIN";
            case "m" -> "MAIN";
            case "e" -> "EXTERNAL";
            case "x" -> "EXTENDED";
            default -> null;
        };
    }

    private static final Pattern ACTION = Pattern.compile("^(COMPRESSION|STORAGE|STATISTICS)\\s+(\\w+|-?\\d+)$", Pattern.CASE_INSENSITIVE);

    /**
     * {@code options} after one hand-written {@code ALTER COLUMN ... SET} action ({@code STORAGE EXTERNAL},
     * {@code COMPRESSION default}, {@code STATISTICS -1}); null when {@code action} is no such action. A storage set to
     * its type's own is kept as written (the type is not known here).
     */
    public static Optional<String> afterAction(String options, String action) {
        Matcher m = ACTION.matcher(action.strip());
        if (!m.matches()) return Optional.empty();
        PostgresColumnOptions o = parse(options);
        String value = m.group(2);
        boolean reset = value.equalsIgnoreCase("default");
        return Optional.ofNullable(switch (m.group(1).toUpperCase(Locale.ROOT)) {
            case "COMPRESSION" -> new PostgresColumnOptions(reset ? null : value, o.storage, o.statistics, o.attributes);
            case "STORAGE" -> new PostgresColumnOptions(o.compression, reset ? null : value, o.statistics, o.attributes);
            default -> value.matches("-?\\d+") ? new PostgresColumnOptions(o.compression, o.storage,
                    Integer.parseInt(value) < 0 ? null : Integer.valueOf(value), o.attributes) : null;
        }).map(p -> Objects.toString(p.format(), ""));
    }

    /** The canonical string; null when every option is the default. */
    String format() {
        List<String> parts = new ArrayList<>();
        if (compression != null) parts.add("COMPRESSION " + compression);
        if (storage != null) parts.add("STORAGE " + storage);
        if (statistics != null) parts.add("STATISTICS " + statistics);
        if (!attributes.isEmpty()) parts.add("WITH (" + joined(attributes) + ")");
        return parts.isEmpty() ? null : String.join(" ", parts);
    }

    /**
     * The ALTER COLUMN actions that turn {@code this} into {@code to} on a column of type {@code typeName} (as
     * format_type spells it): a storage back to the default is the type's own (SET STORAGE DEFAULT is PostgreSQL 16).
     */
    List<String> actionsTo(PostgresColumnOptions to, String typeName) {
        List<String> actions = new ArrayList<>();
        if (!Objects.equals(compression, to.compression)) actions.add("SET COMPRESSION " + (to.compression == null ? "default" : to.compression));
        if (!Objects.equals(storage, to.storage)) actions.add("SET STORAGE " + (to.storage == null ? defaultStorage(typeName) : to.storage));
        if (!Objects.equals(statistics, to.statistics)) actions.add("SET STATISTICS " + (to.statistics == null ? -1 : to.statistics));
        List<String> reset = attributes.keySet().stream().filter(k -> !to.attributes.containsKey(k)).toList();
        if (!reset.isEmpty()) actions.add("RESET (" + String.join(", ", reset) + ")");
        Map<String, String> set = new TreeMap<>();
        to.attributes.forEach((k, v) -> {
            if (!v.equals(attributes.get(k))) set.put(k, v);
        });
        if (!set.isEmpty()) actions.add("SET (" + joined(set) + ")");
        return actions;
    }

    /** The options a type change keeps: the statistics target and the attribute options (compression and storage reset). */
    PostgresColumnOptions keptByATypeChange() {
        return new PostgresColumnOptions(null, null, statistics, attributes);
    }

    private static String joined(Map<String, String> attributes) {
        return String.join(", ", attributes.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    }

    /** The typstorage of a built-in type (extension types with another one are not known here: EXTENDED). */
    static String defaultStorage(String typeName) {
        String base = typeName.toLowerCase(Locale.ROOT).replaceAll("\\(.*$", "").strip();
        if (base.endsWith("[]")) return "EXTENDED";
        if (MAIN_TYPES.contains(base)) return "MAIN";
        if (PLAIN_TYPES.contains(base)) return "PLAIN";
        return "EXTENDED";
    }
}
