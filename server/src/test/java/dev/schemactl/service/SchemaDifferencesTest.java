package dev.schemactl.service;

import dev.schemactl.schema.ReferentialAction;
import dev.schemactl.schema.Schema;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.schemactl.diff.Fixtures.INT;
import static dev.schemactl.diff.Fixtures.col;
import static dev.schemactl.diff.Fixtures.notNull;
import static dev.schemactl.diff.Fixtures.schema;
import static dev.schemactl.diff.Fixtures.table;
import static dev.schemactl.diff.Fixtures.varchar;
import static org.assertj.core.api.Assertions.assertThat;

/** Differences described object by object, without the steps the Differ adds only to keep plans applicable. */
class SchemaDifferencesTest {

    @Test
    void everyDifferingObjectIsOneLine() {
        Schema migrations = schema(List.of(
                table("customers").col(notNull("id", INT)).pk("id").build(),
                table("orders").col(notNull("id", INT), col("note", varchar(10)), notNull("customer_id", INT), col("total", INT))
                        .pk("id").indexNamed("orders_by_customer", false, "customer_id")
                        .fk("customer_id", "customers", "id").build()));
        Schema database = schema(List.of(
                table("audit").col(notNull("id", INT)).fk("id", "customers", "id").build(),
                table("customers").col(notNull("id", INT)).pk("id").build(),
                table("orders").col(notNull("id", INT), col("note", varchar(20)), notNull("customer_id", INT),
                                notNull("total", INT).withDefault("0"))
                        .pk("id").fk(null, List.of("customer_id"), "customers", List.of("id"), ReferentialAction.CASCADE).build()));
        assertThat(SchemaDifferences.between(migrations, database, dev.schemactl.engine.postgres.PostgresEngine.INSTANCE, SchemaDifferences.DRIFT)).containsExactlyInAnyOrder(
                "table audit: only in the database",
                "index orders_by_customer on orders(customer_id): only in the migrations",
                "column orders.note: type varchar(10) (migrations) vs varchar(20) (database)",
                "column orders.total: nullable (migrations) vs not null (database)",
                "column orders.total: default none (migrations) vs 0 (database)",
                "foreign key orders(customer_id) -> customers(id): on delete/update no action/no action (migrations) "
                        + "vs cascade/no action (database)");
        assertThat(SchemaDifferences.between(database, database, dev.schemactl.engine.postgres.PostgresEngine.INSTANCE, SchemaDifferences.DRIFT)).isEmpty();
    }

    @Test
    void aForeignKeyRebuiltAroundATypeChangeIsNotADifference() {
        Schema before = schema(List.of(
                table("customers").col(notNull("id", INT)).pk("id").build(),
                table("orders").col(notNull("id", INT), col("customer_id", INT)).pk("id").fk("customer_id", "customers", "id").build()));
        Schema after = schema(List.of(
                table("customers").col(notNull("id", INT)).pk("id").build(),
                table("orders").col(notNull("id", INT), col("customer_id", dev.schemactl.diff.Fixtures.BIGINT)).pk("id")
                        .fk("customer_id", "customers", "id").build()));
        assertThat(SchemaDifferences.between(before, after, dev.schemactl.engine.postgres.PostgresEngine.INSTANCE, SchemaDifferences.ROLLBACK))
                .containsExactly("column orders.customer_id: type integer (before) vs bigint (after rollback)");
    }

    /** PostgreSQL's physical column options and a key's INCLUDE columns are named as such. */
    @Test
    void columnOptionsAndKeyIncludes() {
        var plain = table("t").col(notNull("id", INT), col("note", varchar(10))).pk("id").build();
        var covering = plain.withPrimaryKey(plain.primaryKey().withInclude(List.of("note")))
                .withColumns(List.of(notNull("id", INT), col("note", varchar(10)).withOptions("STORAGE EXTERNAL")));
        assertThat(SchemaDifferences.between(schema(List.of(plain)), schema(List.of(covering)),
                dev.schemactl.engine.postgres.PostgresEngine.INSTANCE, SchemaDifferences.DRIFT)).containsExactlyInAnyOrder(
                "column t.note: options none (migrations) vs STORAGE EXTERNAL (database)",
                "primary key t(id): only in the migrations",
                "primary key t(id) include (note): only in the database");
    }

    /** Composite types drift by attribute and as a whole, named as such (they used to be unmanaged, and silent). */
    @Test
    void compositeTypesDriftByAttribute() {
        dev.schemactl.schema.CompositeType.Attribute value = new dev.schemactl.schema.CompositeType.Attribute("value", "numeric(12,2)", null);
        dev.schemactl.schema.CompositeType.Attribute rate = new dev.schemactl.schema.CompositeType.Attribute("rate", "numeric", "pg_catalog.\"C\"");
        dev.schemactl.schema.CompositeType money = new dev.schemactl.schema.CompositeType(null, "money_amount", List.of(value), null);
        dev.schemactl.schema.CompositeType address = new dev.schemactl.schema.CompositeType("billing", "address",
                List.of(new dev.schemactl.schema.CompositeType.Attribute("street", "text", null)), null);
        Schema migrations = Schema.EMPTY.withCompositeTypes(List.of(money.withAttributes(List.of(value, rate)), address));
        Schema database = Schema.EMPTY.withCompositeTypes(List.of(money));
        assertThat(SchemaDifferences.between(migrations, database, dev.schemactl.engine.postgres.PostgresEngine.INSTANCE, SchemaDifferences.DRIFT))
                .containsExactlyInAnyOrder("composite type money_amount: attribute rate numeric COLLATE pg_catalog.\"C\" only in the migrations",
                        "composite type billing.address (street text): only in the migrations");
    }
}
