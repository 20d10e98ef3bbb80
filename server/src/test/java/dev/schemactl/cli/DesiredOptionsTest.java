package dev.schemactl.cli;

import dev.schemactl.error.SchemactlException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DesiredOptionsTest {

    /** --rename-table schema.old=new renames a table of another managed schema in that schema (public.items stays). */
    @Test
    void tableRenamesMayNameTheTablesSchema() {
        DesiredOptions options = new DesiredOptions();
        options.tableRenames = List.of("billing.items=goods", "billing.old=billing.new", "orders=purchases");
        options.renames = List.of("billing.items.qty=quantity");
        assertThat(options.renames().tables()).isEqualTo(Map.of("billing.items", "billing.goods", "billing.old", "billing.new",
                "orders", "purchases"));
        assertThat(options.renames().columns()).isEqualTo(Map.of("billing.items", Map.of("qty", "quantity")));

        DesiredOptions moved = new DesiredOptions();
        moved.tableRenames = List.of("billing.items=audit.items"); // another schema: no rename
        assertThatThrownBy(moved::renames).isInstanceOf(SchemactlException.class);
        DesiredOptions column = new DesiredOptions();
        column.tableRenames = List.of("a.b.c=d");
        assertThatThrownBy(column::renames).isInstanceOf(SchemactlException.class);
    }

    /** A quoted table name may hold dots, as in --rename (MariaDB pair 803: `shop.order_lines` to `shop.lines`). */
    @Test
    void aQuotedTableNameMayHoldDots() {
        DesiredOptions options = new DesiredOptions();
        options.tableRenames = List.of("\"shop.order_lines\"=\"shop.lines\"");
        assertThat(options.renames().tables()).isEqualTo(Map.of("shop.order_lines", "shop.lines"));
        DesiredOptions half = new DesiredOptions();
        half.tableRenames = List.of("\"shop.a\".b=c");
        assertThatThrownBy(half::renames).isInstanceOf(SchemactlException.class);
    }
}
