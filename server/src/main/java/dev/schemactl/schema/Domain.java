package dev.schemactl.schema;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A domain (PostgreSQL {@code CREATE DOMAIN name AS base ...}). {@code schema} is null for the configured default
 * schema; {@code baseType} the base type as the catalog formats it, typmod and array included
 * ({@code character varying(20)[]}); {@code collation} the collation when not the base type's, null otherwise;
 * {@code defaultExpression} its DEFAULT as deparsed, null for none; {@code checks} sorted by name; {@code comment}
 * its {@code COMMENT ON DOMAIN}, null for none. Columns of a domain have a {@code ColumnType.other(...)} whose raw
 * spelling is the domain's name.
 */
public record Domain(String schema, String name, String baseType, String collation, String defaultExpression,
                     boolean notNull, List<DomainCheck> checks, String comment) {
    public Domain {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(baseType, "baseType");
        checks = checks.stream().sorted(Comparator.comparing(DomainCheck::name)).toList();
    }

    public Optional<DomainCheck> check(String checkName) {
        return checks.stream().filter(c -> c.name().equals(checkName)).findFirst();
    }

    public Domain withDefault(String newDefault) {
        return new Domain(schema, name, baseType, collation, newDefault, notNull, checks, comment);
    }

    public Domain withNotNull(boolean newNotNull) {
        return new Domain(schema, name, baseType, collation, defaultExpression, newNotNull, checks, comment);
    }

    public Domain withChecks(List<DomainCheck> newChecks) {
        return new Domain(schema, name, baseType, collation, defaultExpression, notNull, newChecks, comment);
    }

    public Domain withComment(String newComment) {
        return new Domain(schema, name, baseType, collation, defaultExpression, notNull, checks, newComment);
    }

    /**
     * True when a type's spelling ({@code email}, {@code "Email"[]}, {@code billing."Email"}) may name this domain: the
     * same name, unqualified or qualified with its schema (any schema for one of the default schema, which a catalog
     * may spell qualified); an array of it too.
     */
    public boolean namedBy(String spelling) {
        int bracket = spelling.indexOf('[');
        String base = bracket < 0 ? spelling : spelling.substring(0, bracket);
        int dot = SpelledNames.lastDotOutsideQuotes(base);
        String spelledSchema = dot < 0 ? null : unquote(base.substring(0, dot));
        return unquote(base.substring(dot + 1)).equals(name) && (spelledSchema == null || schema == null || spelledSchema.equals(schema));
    }

    private static String unquote(String name) {
        return name.length() > 1 && name.startsWith("\"") && name.endsWith("\"")
                ? name.substring(1, name.length() - 1).replace("\"\"", "\"") : name;
    }
}
