package dev.schemactl.diff;

import dev.schemactl.schema.EnumType;
import dev.schemactl.schema.Schema;
import dev.schemactl.schema.Table;
import dev.schemactl.schema.UnmanagedObject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.schemactl.diff.Fixtures.INT;
import static dev.schemactl.diff.Fixtures.col;
import static dev.schemactl.diff.Fixtures.notNull;
import static dev.schemactl.diff.Fixtures.table;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Excluding objects leaves everything else as it was: the filtered tables keep their schema, collation and options,
 * and the schema keeps its enum types and unmanaged objects (they were reset or lost, so a plan with an exclude
 * pattern reset the table's collation and options, and created no enum type a new table needed).
 */
class ExcludePatternsTest {

    @Test
    void aFilteredTableKeepsItsSchemaCollationAndOptionsAndTheSchemaItsTypesAndUnmanagedObjects() {
        Table orders = table("orders").col(notNull("id", INT), col("legacy_col", INT)).pk("id").build()
                .withSchema("shop").withCollation("utf8mb4_unicode_ci").withOptions("ROW_FORMAT=COMPRESSED");
        EnumType state = new EnumType("state", List.of("open", "closed"));
        UnmanagedObject view = new UnmanagedObject("view", "open_orders");
        Schema schema = new Schema(List.of(orders, table("audit_log").col(col("id", INT)).build()), List.of(), List.of(state),
                List.of(view));

        Schema filtered = new ExcludePatterns(List.of("audit_*", "*.legacy_col")).apply(schema);

        assertThat(filtered.tables()).containsExactly(orders.withColumns(List.of(notNull("id", INT))));
        assertThat(filtered.enumTypes()).containsExactly(state);
        assertThat(filtered.unmanaged()).containsExactly(view);
    }
}
