package dev.schemactl.engine.postgres;

import dev.schemactl.diff.Change;
import dev.schemactl.engine.RenderedChange;
import dev.schemactl.schema.CompositeType;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Forward and rollback SQL of the composite type changes: CREATE / DROP TYPE ... AS (...), ALTER TYPE ... ADD / DROP
 * ATTRIBUTE, ALTER ATTRIBUTE ... TYPE ... [COLLATE], COMMENT ON TYPE. Each rollback is the exact inverse (a dropped
 * attribute was the last one, so ADD ATTRIBUTE puts it back in place; its values are gone).
 */
final class PostgresCompositeSql {
    private final UnaryOperator<String> name;
    private final UnaryOperator<String> quote;
    private final UnaryOperator<String> literal;

    /** @param name a type's name as written ({@code schema.name} with quotes where needed) from "schema\0name" */
    PostgresCompositeSql(UnaryOperator<String> name, UnaryOperator<String> quote, UnaryOperator<String> literal) {
        this.name = name;
        this.quote = quote;
        this.literal = literal;
    }

    RenderedChange render(Change change) {
        if (change instanceof Change.CreateCompositeType c) return of(c, create(c.type()), List.of(drop(c.type())), false);
        if (change instanceof Change.DropCompositeType c) return of(c, List.of(drop(c.type())), create(c.type()), false);
        if (change instanceof Change.AddCompositeAttribute c) return of(c, List.of(add(c.type(), c.attribute())),
                List.of(dropAttribute(c.type(), c.attribute())), false);
        if (change instanceof Change.DropCompositeAttribute c) return of(c, List.of(dropAttribute(c.type(), c.attribute())),
                List.of(add(c.type(), c.attribute())), !c.usedBy().isEmpty());
        if (change instanceof Change.AlterCompositeAttribute c) return of(c, List.of(alterAttribute(c.type(), c.after())),
                List.of(alterAttribute(c.type(), c.before())), false);
        if (change instanceof Change.SetCompositeTypeComment c) return of(c, List.of(comment(c.type(), c.after())),
                List.of(comment(c.type(), c.before())), false);
        return null;
    }

    List<String> create(CompositeType t) {
        List<String> out = new ArrayList<>();
        out.add("CREATE TYPE " + name(t) + " AS (" + String.join(", ", t.attributes().stream()
                .map(a -> quote.apply(a.name()) + " " + a.declared()).toList()) + ")");
        if (t.comment() != null && !t.comment().isBlank()) out.add(comment(t, t.comment()));
        return out;
    }

    String drop(CompositeType t) {
        return "DROP TYPE " + name(t);
    }

    private String add(CompositeType t, CompositeType.Attribute a) {
        return alter(t) + " ADD ATTRIBUTE " + quote.apply(a.name()) + " " + a.declared();
    }

    private String dropAttribute(CompositeType t, CompositeType.Attribute a) {
        return alter(t) + " DROP ATTRIBUTE " + quote.apply(a.name());
    }

    private String alterAttribute(CompositeType t, CompositeType.Attribute a) {
        return alter(t) + " ALTER ATTRIBUTE " + quote.apply(a.name()) + " TYPE " + a.declared();
    }

    private String comment(CompositeType t, String text) {
        return "COMMENT ON TYPE " + name(t) + " IS " + (text == null || text.isBlank() ? "NULL" : literal.apply(text));
    }

    private String alter(CompositeType t) {
        return "ALTER TYPE " + name(t);
    }

    private String name(CompositeType t) {
        return name.apply((t.schema() == null ? "" : t.schema()) + "\u0000" + t.name());
    }

    private static RenderedChange of(Change change, List<String> forward, List<String> rollback, boolean losesData) {
        return new RenderedChange(change, forward, rollback, losesData);
    }
}
