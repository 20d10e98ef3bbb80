package dev.schemactl.schema;

import java.util.Objects;

/**
 * A standalone sequence. {@code minValue}, {@code maxValue}, {@code cache} are null when they are the engine's
 * default; {@code dataType} is null for the default ({@code bigint} on PostgreSQL); {@code schema} null for the
 * configured default schema; {@code owner} the column it is {@code OWNED BY} (PostgreSQL), null for none; {@code comment}
 * its {@code COMMENT ON SEQUENCE} (PostgreSQL; MariaDB's COMMENT table option), null for none; {@code unlogged} an
 * {@code UNLOGGED} sequence (PostgreSQL 15); {@code engine} MariaDB's storage engine of the sequence, null for the
 * server's default.
 * A serial's or
 * an identity's sequence is no standalone sequence: it is part of its column.
 */
public record Sequence(String schema, String name, long start, long increment, Long minValue, Long maxValue,
                       Long cache, boolean cycle, String dataType, SequenceOwner owner, String comment, boolean unlogged,
                       String engine) {

    public Sequence {
        Objects.requireNonNull(name, "name");
    }

    public Sequence(String schema, String name, long start, long increment, Long minValue, Long maxValue,
                    Long cache, boolean cycle, String dataType, SequenceOwner owner, String comment, boolean unlogged) {
        this(schema, name, start, increment, minValue, maxValue, cache, cycle, dataType, owner, comment, unlogged, null);
    }

    public Sequence(String schema, String name, long start, long increment, Long minValue, Long maxValue,
                    Long cache, boolean cycle, String dataType, SequenceOwner owner, String comment) {
        this(schema, name, start, increment, minValue, maxValue, cache, cycle, dataType, owner, comment, false);
    }

    public Sequence(String schema, String name, long start, long increment, Long minValue, Long maxValue,
                    Long cache, boolean cycle, String dataType, SequenceOwner owner) {
        this(schema, name, start, increment, minValue, maxValue, cache, cycle, dataType, owner, null);
    }

    public Sequence(String name, long start, long increment) {
        this(null, name, start, increment, null, null, null, false, null, null);
    }

    public Sequence withName(String newName) {
        return new Sequence(schema, newName, start, increment, minValue, maxValue, cache, cycle, dataType, owner, comment, unlogged, engine);
    }

    public Sequence withOwner(SequenceOwner newOwner) {
        return new Sequence(schema, name, start, increment, minValue, maxValue, cache, cycle, dataType, newOwner, comment, unlogged, engine);
    }

    public Sequence withComment(String newComment) {
        return new Sequence(schema, name, start, increment, minValue, maxValue, cache, cycle, dataType, owner, newComment, unlogged, engine);
    }

    public Sequence withUnlogged(boolean newUnlogged) {
        return new Sequence(schema, name, start, increment, minValue, maxValue, cache, cycle, dataType, owner, comment, newUnlogged, engine);
    }

    public Sequence withEngine(String newEngine) {
        return new Sequence(schema, name, start, increment, minValue, maxValue, cache, cycle, dataType, owner, comment, unlogged, newEngine);
    }

    /** Same options (persistence and engine included), compared without the name, the owner and the comment. */
    public boolean sameOptions(Sequence o) {
        return start == o.start && increment == o.increment && Objects.equals(minValue, o.minValue)
                && Objects.equals(maxValue, o.maxValue) && Objects.equals(cache, o.cache) && cycle == o.cycle
                && Objects.equals(dataType, o.dataType) && unlogged == o.unlogged
                && (engine == null ? o.engine == null : engine.equalsIgnoreCase(o.engine));
    }
}
