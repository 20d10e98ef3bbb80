package dev.schemactl.engine.postgres;

import dev.schemactl.diff.Change;
import dev.schemactl.engine.RenderedChange;
import dev.schemactl.schema.Domain;
import dev.schemactl.schema.DomainCheck;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Forward and rollback SQL of the domain changes: CREATE / DROP DOMAIN, ALTER DOMAIN SET / DROP DEFAULT, SET / DROP
 * NOT NULL, ADD / DROP / RENAME / VALIDATE CONSTRAINT, COMMENT ON DOMAIN. Each rollback is the exact inverse, but
 * that of a VALIDATE: a check cannot be made NOT VALID again other than by dropping it and adding it NOT VALID.
 */
final class PostgresDomainSql {
    private final UnaryOperator<String> name;
    private final UnaryOperator<String> quote;
    private final UnaryOperator<String> literal;

    /**
     * @param name    a domain's name as written ({@code schema.name} with quotes where needed) from "schema\0name"
     */
    PostgresDomainSql(UnaryOperator<String> name, UnaryOperator<String> quote, UnaryOperator<String> literal) {
        this.name = name;
        this.quote = quote;
        this.literal = literal;
    }

    RenderedChange render(Change change) {
        if (change instanceof Change.CreateDomain c) return of(c, create(c.domain()), List.of(drop(c.domain())), false);
        if (change instanceof Change.DropDomain c) return of(c, List.of(drop(c.domain())), create(c.domain()), false);
        if (change instanceof Change.SetDomainDefault c) return of(c, List.of(setDefault(c.domain(), c.after())),
                List.of(setDefault(c.domain(), c.before())), false);
        if (change instanceof Change.SetDomainNotNull c) return of(c, List.of(notNull(c.domain(), c.notNull())),
                List.of(notNull(c.domain(), !c.notNull())), false);
        if (change instanceof Change.AddDomainCheck c) return of(c, List.of(addCheck(c.domain(), c.check())),
                List.of(dropCheck(c.domain(), c.check())), false);
        if (change instanceof Change.DropDomainCheck c) return of(c, List.of(dropCheck(c.domain(), c.check())),
                List.of(addCheck(c.domain(), c.check())), false);
        if (change instanceof Change.RenameDomainCheck c) return of(c, List.of(rename(c.domain(), c.name(), c.newName())),
                List.of(rename(c.domain(), c.newName(), c.name())), false);
        if (change instanceof Change.ValidateDomainCheck c) return of(c,
                List.of(alter(c.domain()) + " VALIDATE CONSTRAINT " + quote.apply(c.check().name())),
                List.of(dropCheck(c.domain(), c.check()), addCheck(c.domain(), c.check().withNotValid(true))), false);
        if (change instanceof Change.SetDomainComment c) return of(c, List.of(comment(c.domain(), c.after())),
                List.of(comment(c.domain(), c.before())), false);
        return null;
    }

    /** CREATE DOMAIN with its valid checks; NOT VALID ones (CREATE DOMAIN has no such clause) and the comment follow. */
    List<String> create(Domain d) {
        StringBuilder sql = new StringBuilder("CREATE DOMAIN ").append(name(d)).append(" AS ").append(d.baseType());
        if (d.collation() != null) sql.append(" COLLATE ").append(d.collation());
        if (d.defaultExpression() != null) sql.append(" DEFAULT ").append(d.defaultExpression());
        if (d.notNull()) sql.append(" NOT NULL");
        for (DomainCheck c : d.checks()) {
            if (!c.notValid()) sql.append(" CONSTRAINT ").append(quote.apply(c.name())).append(' ').append(c.definition());
        }
        List<String> out = new ArrayList<>();
        out.add(sql.toString());
        for (DomainCheck c : d.checks()) if (c.notValid()) out.add(addCheck(d, c));
        if (d.comment() != null && !d.comment().isBlank()) out.add(comment(d, d.comment()));
        return out;
    }

    String drop(Domain d) {
        return "DROP DOMAIN " + name(d);
    }

    private String setDefault(Domain d, String expression) {
        return alter(d) + (expression == null ? " DROP DEFAULT" : " SET DEFAULT " + expression);
    }

    private String notNull(Domain d, boolean notNull) {
        return alter(d) + (notNull ? " SET NOT NULL" : " DROP NOT NULL");
    }

    private String addCheck(Domain d, DomainCheck c) {
        return alter(d) + " ADD CONSTRAINT " + quote.apply(c.name()) + " " + c.definition() + (c.notValid() ? " NOT VALID" : "");
    }

    private String dropCheck(Domain d, DomainCheck c) {
        return alter(d) + " DROP CONSTRAINT " + quote.apply(c.name());
    }

    private String rename(Domain d, String from, String to) {
        return alter(d) + " RENAME CONSTRAINT " + quote.apply(from) + " TO " + quote.apply(to);
    }

    private String comment(Domain d, String text) {
        return "COMMENT ON DOMAIN " + name(d) + " IS " + (text == null || text.isBlank() ? "NULL" : literal.apply(text));
    }

    private String alter(Domain d) {
        return "ALTER DOMAIN " + name(d);
    }

    private String name(Domain d) {
        return name.apply((d.schema() == null ? "" : d.schema()) + "\u0000" + d.name());
    }

    private static RenderedChange of(Change change, List<String> forward, List<String> rollback, boolean losesData) {
        return new RenderedChange(change, forward, rollback, losesData);
    }
}
