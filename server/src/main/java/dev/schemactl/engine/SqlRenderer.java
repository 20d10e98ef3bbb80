package dev.schemactl.engine;

import dev.schemactl.diff.Change;
import dev.schemactl.diff.Differ;
import dev.schemactl.diff.Plan;
import dev.schemactl.diff.Renames;
import dev.schemactl.schema.ForeignKey;
import dev.schemactl.schema.Schema;
import dev.schemactl.schema.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns diff Changes into this engine's SQL (forward and rollback), quoting identifiers and naming
 * types the engine's way. Output is deterministic: no timestamps, no random names; unnamed constraints
 * get generated names ({@code pk_<table>}, {@code uk_<table>_<cols>}, {@code fk_<table>_<cols>},
 * {@code idx_<table>_<cols>}, {@code <table>_<col>_check}), shortened with a stable hash suffix beyond the
 * engine's identifier limit. Statements have no trailing semicolon.
 */
public interface SqlRenderer {

    /**
     * This renderer for a database whose managed schemas are {@code schemas} (config {@code schemas:}, the first the
     * default schema that the model leaves out of names). PostgreSQL qualifies that schema's objects unless it is
     * public; the other engines manage one schema and return themselves.
     */
    default SqlRenderer forSchemas(List<String> schemas) {
        return this;
    }

    /** The forward and rollback SQL of one change. */
    RenderedChange render(Change change);

    /**
     * How this engine rewrites the values of {@code change} on their way (a type change written as a conversion through
     * text with an UPDATE, forward and rollback), for reviewers; null when it writes none.
     */
    default String valueRewrite(Change change) {
        return null;
    }

    /** Every change of a plan, in plan order. */
    default List<RenderedChange> render(Plan plan) {
        return plan.changes().stream().map(this::render).toList();
    }

    /**
     * What a migration of this plan must run outside its transaction, before and after the changes (SQLite:
     * foreign key enforcement off around table rebuilds). {@link TransactionEnvelope#NONE} on most engines.
     */
    default TransactionEnvelope envelope(Plan plan) {
        return TransactionEnvelope.NONE;
    }

    /** The statements that apply a plan, in order (with its {@link #envelope}). */
    default List<String> forward(Plan plan) {
        TransactionEnvelope envelope = envelope(plan);
        List<String> out = new ArrayList<>(envelope.before());
        for (RenderedChange r : render(plan)) out.addAll(r.forward());
        out.addAll(envelope.after());
        return out;
    }

    /** The statements that undo a plan: the changes' rollbacks in reverse change order (with its {@link #envelope}). */
    default List<String> rollback(Plan plan) {
        TransactionEnvelope envelope = envelope(plan);
        List<RenderedChange> rendered = render(plan);
        List<String> out = new ArrayList<>(envelope.before());
        for (int i = rendered.size() - 1; i >= 0; i--) out.addAll(rendered.get(i).rollback());
        out.addAll(envelope.after());
        return out;
    }

    /**
     * The CREATE TABLE statement of a table: columns, primary key, unique and check constraints (and, on
     * engines that take them inline, comments). No foreign keys and no separate index statements; see
     * {@link #createTableStatements} and {@link #addForeignKey}.
     */
    String createTable(Table table);

    /** CREATE TABLE plus its CREATE INDEX and COMMENT statements; foreign keys are left out. */
    List<String> createTableStatements(Table table);

    /** ALTER TABLE ... ADD CONSTRAINT ... FOREIGN KEY for one foreign key of {@code table}. */
    String addForeignKey(String table, ForeignKey foreignKey);

    /** The DDL of a whole schema (sequences, tables in dependency order, then foreign keys), e.g. for a dump. */
    default List<String> createSchema(Schema schema) {
        return forward(new Differ().diff(Schema.EMPTY, schema, Renames.NONE));
    }

    /** An identifier as this engine must spell it: bare when simple, quoted otherwise. */
    String quote(String identifier);
}
