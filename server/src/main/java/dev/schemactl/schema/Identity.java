package dev.schemactl.schema;

/**
 * How a column generates its values. {@code kind} is the engine's own shape: PostgreSQL
 * {@code GENERATED ALWAYS|BY DEFAULT AS IDENTITY} or {@code serial} (an owned sequence plus a nextval default,
 * which the model keeps as identity with no default), MariaDB/MySQL/SQLite {@code AUTO_INCREMENT}.
 * The sequence options are null when they are the engine's default for the column's type (start 1,
 * increment 1, min 1, max the type's max, cache 1), so that equal records mean equal behaviour.
 * {@code sequenceName} is the name of a PostgreSQL identity's sequence where it is not PostgreSQL's own
 * ({@code table_column_seq}, which a table or column rename in a plan keeps following): one given by
 * {@code SEQUENCE NAME}, or kept from before its table was renamed. Null elsewhere.
 */
public record Identity(Kind kind, Long start, Long increment, Long minValue, Long maxValue, Long cache, boolean cycle,
                       String sequenceName) {

    public enum Kind { ALWAYS, BY_DEFAULT, SERIAL, AUTO_INCREMENT }

    public static final Identity BY_DEFAULT = new Identity(Kind.BY_DEFAULT, null, null, null, null, null, false);
    public static final Identity ALWAYS = new Identity(Kind.ALWAYS, null, null, null, null, null, false);
    public static final Identity SERIAL = new Identity(Kind.SERIAL, null, null, null, null, null, false);
    public static final Identity AUTO_INCREMENT = new Identity(Kind.AUTO_INCREMENT, null, null, null, null, null, false);

    public Identity {
        java.util.Objects.requireNonNull(kind, "kind");
    }

    public Identity(Kind kind, Long start, Long increment, Long minValue, Long maxValue, Long cache, boolean cycle) {
        this(kind, start, increment, minValue, maxValue, cache, cycle, null);
    }

    public static Identity of(Kind kind) {
        return new Identity(kind, null, null, null, null, null, false);
    }

    public Identity withKind(Kind newKind) {
        return new Identity(newKind, start, increment, minValue, maxValue, cache, cycle, sequenceName);
    }

    public Identity withStart(Long newStart) {
        return new Identity(kind, newStart, increment, minValue, maxValue, cache, cycle, sequenceName);
    }

    public Identity withIncrement(Long newIncrement) {
        return new Identity(kind, start, newIncrement, minValue, maxValue, cache, cycle, sequenceName);
    }

    public Identity withSequenceName(String newName) {
        return new Identity(kind, start, increment, minValue, maxValue, cache, cycle, newName);
    }

    /**
     * The name PostgreSQL gives a serial column's sequence, {@code table_column_seq} within 63 characters (its
     * makeObjectName shortens the longer of the two names until the whole fits). A column is a serial only while its
     * sequence has this name.
     */
    public static String serialSequenceName(String table, String column) {
        String t = table;
        String c = column;
        while (t.length() + c.length() + 5 > 63) {
            if (t.length() > c.length()) t = t.substring(0, t.length() - 1);
            else c = c.substring(0, c.length() - 1);
        }
        return t + "_" + c + "_seq";
    }

    /** True when every sequence option is the engine default. */
    public boolean defaultOptions() {
        return start == null && increment == null && minValue == null && maxValue == null && cache == null && !cycle;
    }

    /** The sequence options only (same kind, options reset): for comparing options across kinds. */
    public SequenceOptions options() {
        return new SequenceOptions(start, increment, minValue, maxValue, cache, cycle);
    }

    /** Sequence options (null = engine default), shared by identity columns and standalone sequences. */
    public record SequenceOptions(Long start, Long increment, Long minValue, Long maxValue, Long cache, boolean cycle) {
    }
}
