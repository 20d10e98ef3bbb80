package dev.schemactl.schema;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The neutral, immutable schema model everything else speaks. Tables, sequences and enum types sorted by
 * (schema, name), the default schema (null) first; unmanaged objects by (kind, schema, table, name).
 * {@code unmanaged} lists what the inspector saw but the model cannot carry: diffs leave it alone. Domains (PostgreSQL)
 * sorted by (schema, name) like enum types, and so are composite types (PostgreSQL {@code CREATE TYPE ... AS (...)}).
 * {@code children}: PostgreSQL child tables (INHERITS), which stay unmanaged objects
 * (created from their definitions, never dropped), carried here with their own columns only (attislocal and not inherited
 * too) and their comment, so that a child present on both sides gets those planned; the inherited columns are the parent's.
 */
public record Schema(List<Table> tables, List<Sequence> sequences, List<EnumType> enumTypes,
                     List<UnmanagedObject> unmanaged, List<Domain> domains, List<CompositeType> compositeTypes,
                     List<Table> children) {

    private static final Comparator<String> NULLS_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());

    public static final Schema EMPTY = new Schema(List.of(), List.of());

    public Schema {
        tables = tables.stream().sorted(Comparator.comparing(Table::schema, NULLS_FIRST).thenComparing(Table::name)).toList();
        sequences = sequences.stream().sorted(Comparator.comparing(Sequence::schema, NULLS_FIRST).thenComparing(Sequence::name)).toList();
        enumTypes = enumTypes == null ? List.of()
                : enumTypes.stream().sorted(Comparator.comparing(EnumType::schema, NULLS_FIRST).thenComparing(EnumType::name)).toList();
        unmanaged = unmanaged == null ? List.of()
                : unmanaged.stream().sorted(Comparator.comparing(UnmanagedObject::kind)
                        .thenComparing(UnmanagedObject::schema, NULLS_FIRST)
                        .thenComparing(UnmanagedObject::table, NULLS_FIRST)
                        .thenComparing(UnmanagedObject::name)).toList();
        domains = domains == null ? List.of()
                : domains.stream().sorted(Comparator.comparing(Domain::schema, NULLS_FIRST).thenComparing(Domain::name)).toList();
        compositeTypes = compositeTypes == null ? List.of()
                : compositeTypes.stream().sorted(Comparator.comparing(CompositeType::schema, NULLS_FIRST).thenComparing(CompositeType::name)).toList();
        children = children == null ? List.of()
                : children.stream().sorted(Comparator.comparing(Table::schema, NULLS_FIRST).thenComparing(Table::name)).toList();
    }

    public Schema(List<Table> tables, List<Sequence> sequences, List<EnumType> enumTypes, List<UnmanagedObject> unmanaged,
                  List<Domain> domains) {
        this(tables, sequences, enumTypes, unmanaged, domains, List.of(), List.of());
    }

    public Schema(List<Table> tables, List<Sequence> sequences, List<EnumType> enumTypes, List<UnmanagedObject> unmanaged) {
        this(tables, sequences, enumTypes, unmanaged, List.of());
    }

    public Schema(List<Table> tables, List<Sequence> sequences) {
        this(tables, sequences, List.of(), List.of());
    }

    /**
     * The table of that key ({@link TableName#key()}: its name in the default schema, schema.name outside it), as a
     * {@code Change} names it; failing that, the first table of that bare name (in any schema; the default schema first).
     */
    public Optional<Table> table(String key) {
        Optional<Table> exact = tables.stream().filter(t -> t.key().equals(key)).findFirst();
        return exact.isPresent() ? exact : tables.stream().filter(t -> t.name().equals(key)).findFirst();
    }

    public Optional<Table> table(String schema, String name) {
        return tables.stream().filter(t -> Objects.equals(t.schema(), schema) && t.name().equals(name)).findFirst();
    }

    public Optional<EnumType> enumType(String name) {
        return enumTypes.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    public Schema withTables(List<Table> newTables) {
        return new Schema(newTables, sequences, enumTypes, unmanaged, domains, compositeTypes, children);
    }

    public Schema withSequences(List<Sequence> newSequences) {
        return new Schema(tables, newSequences, enumTypes, unmanaged, domains, compositeTypes, children);
    }

    public Schema withEnumTypes(List<EnumType> newEnumTypes) {
        return new Schema(tables, sequences, newEnumTypes, unmanaged, domains, compositeTypes, children);
    }

    public Schema withUnmanaged(List<UnmanagedObject> newUnmanaged) {
        return new Schema(tables, sequences, enumTypes, newUnmanaged, domains, compositeTypes, children);
    }

    public Schema withDomains(List<Domain> newDomains) {
        return new Schema(tables, sequences, enumTypes, unmanaged, newDomains, compositeTypes, children);
    }

    public Schema withCompositeTypes(List<CompositeType> newCompositeTypes) {
        return new Schema(tables, sequences, enumTypes, unmanaged, domains, newCompositeTypes, children);
    }

    public Schema withChildren(List<Table> newChildren) {
        return new Schema(tables, sequences, enumTypes, unmanaged, domains, compositeTypes, newChildren);
    }
}
