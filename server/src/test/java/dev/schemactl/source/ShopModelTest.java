package dev.schemactl.source;

import dev.schemactl.engine.EngineKind;
import dev.schemactl.schema.CheckConstraint;
import dev.schemactl.schema.Column;
import dev.schemactl.schema.ColumnType;
import dev.schemactl.schema.ForeignKey;
import dev.schemactl.schema.Index;
import dev.schemactl.schema.IndexColumn;
import dev.schemactl.schema.Schema;
import dev.schemactl.schema.Table;
import dev.schemactl.schema.TypeKind;
import dev.schemactl.schema.UniqueConstraint;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's entities (examples/shop) as each engine gets them. */
class ShopModelTest {

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void shopSchema(EngineKind kind) {
        Schema shop = ModelFixtures.readShop(kind);
        assertThat(shop.tables()).extracting(Table::name).containsExactly("customers", "order_lines", "orders", "products");
        assertThat(shop.sequences()).isEmpty(); // every id is IDENTITY

        Table customers = shop.table("customers").orElseThrow();
        assertThat(customers.columns()).allSatisfy(c -> assertThat(c.nullable()).as(c.name()).isFalse());
        assertThat(col(customers, "id").isIdentity()).isTrue();
        assertThat(col(customers, "email").type()).isEqualTo(ColumnType.sized(TypeKind.VARCHAR, 320));
        assertThat(customers.uniques()).containsExactly(new UniqueConstraint(null, List.of("email")));
        assertThat(col(customers, "full_name").type()).isEqualTo(ColumnType.sized(TypeKind.VARCHAR, 255));
        assertThat(col(customers, "created_at").type()).isEqualTo(kind == EngineKind.MARIADB
                ? ColumnType.temporal(TypeKind.TIMESTAMP, 6) : ColumnType.temporal(TypeKind.TIMESTAMP_TZ, 6));
        if (kind == EngineKind.POSTGRESQL || kind == EngineKind.SQLITE) { // no native enums: varchar + check
            assertThat(col(customers, "status").type()).isEqualTo(ColumnType.sized(TypeKind.VARCHAR, 20));
            assertThat(customers.checks()).containsExactly(
                    new CheckConstraint("customers_status_check", "status in ('ACTIVE','SUSPENDED','CLOSED')"));
        } else {
            assertThat(col(customers, "status").type()).isEqualTo(ColumnType.enumOf(List.of("ACTIVE", "CLOSED", "SUSPENDED")));
            assertThat(customers.checks()).isEmpty();
        }

        Table products = shop.table("products").orElseThrow();
        assertThat(products.uniques()).containsExactly(new UniqueConstraint(null, List.of("sku")));
        assertThat(col(products, "description").type()).isEqualTo(ColumnType.sized(TypeKind.VARCHAR, 2000));
        assertThat(col(products, "description").nullable()).isTrue();
        assertThat(col(products, "price").type()).isEqualTo(ColumnType.decimal(12, 2));
        assertThat(col(products, "active").type()).isEqualTo(ColumnType.of(TypeKind.BOOLEAN));

        Table orders = shop.table("orders").orElseThrow();
        assertThat(orders.primaryKey().columns()).containsExactly("id");
        assertThat(col(orders, "customer_id").nullable()).isFalse();
        assertThat(orders.foreignKeys()).singleElement().satisfies(fk -> {
            assertThat(fk.columns()).containsExactly("customer_id");
            assertThat(fk.referencedTable()).isEqualTo("customers");
            assertThat(fk.referencedColumns()).containsExactly("id");
        });
        assertThat(orders.indexes()).containsExactly(new Index("idx_orders_customer_placed",
                List.of(IndexColumn.asc("customer_id"), IndexColumn.asc("placed_at")), false));
        assertThat(col(orders, "total").type()).isEqualTo(ColumnType.decimal(12, 2));

        Table lines = shop.table("order_lines").orElseThrow();
        assertThat(lines.foreignKeys()).extracting(ForeignKey::referencedTable).containsExactlyInAnyOrder("orders", "products");
        assertThat(col(lines, "quantity").type()).isEqualTo(ColumnType.of(TypeKind.INTEGER));
        assertThat(col(lines, "unit_price").type()).isEqualTo(ColumnType.decimal(12, 2));
    }

    private static Column col(Table table, String name) {
        return table.column(name).orElseThrow(() -> new AssertionError("no column " + table.name() + "." + name));
    }
}
