package dev.schemactl.engine.postgres;

import dev.schemactl.engine.EngineKind;
import dev.schemactl.engine.Engines;
import dev.schemactl.engine.OutsideReferences;
import dev.schemactl.engine.OutsideReferences.OutsideReference;
import dev.schemactl.schema.ColumnType;
import dev.schemactl.schema.Deferral;
import dev.schemactl.schema.ForeignKey;
import dev.schemactl.schema.Schema;
import dev.schemactl.schema.Table;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.schemactl.diff.Fixtures.INT;
import static dev.schemactl.diff.Fixtures.TEXT;
import static dev.schemactl.diff.Fixtures.col;
import static dev.schemactl.diff.Fixtures.generated;
import static dev.schemactl.diff.Fixtures.notNull;
import static dev.schemactl.diff.Fixtures.table;
import static org.assertj.core.api.Assertions.assertThat;

/** What a dump of the managed schemas needs from other schemas, read from the model (no catalog query). */
class PostgresOutsideReferencesTest {

    private static final ForeignKey TO_UTIL = new ForeignKey("invoices_ref_fk", List.of("ref"), "refs", List.of("id"), null, null,
            Deferral.NOT_DEFERRABLE, "util");
    private static final ForeignKey TO_BILLING = new ForeignKey("invoices_acct_fk", List.of("acct"), "accounts", List.of("id"), null, null,
            Deferral.NOT_DEFERRABLE, "billing");

    private final Schema schema = new Schema(List.of(
            table("invoices").col(notNull("id", INT), notNull("number", INT).withDefault("nextval('util.invoice_no')"),
                    col("code", TEXT).withDefault("util.next_code()"),
                    col("own", INT).withDefault("nextval('invoices_own_seq'::regclass)"),
                    col("note", TEXT).withDefault("'util.not_a_call()'::text"),
                    col("at", TEXT).withDefault("pg_catalog.now()::text || billing.suffix()"),
                    col("mood", ColumnType.other("util.mood[]")), col("state", ColumnType.other("\"Other\".state")),
                    generated("tag", TEXT, "\"Util\".\"Tag\"(code)"), col("ref", INT), col("acct", INT))
                    .pk("id").checkNamed("invoices_code_ok", "util.valid_code(code)").build()
                    .withForeignKeys(List.of(TO_UTIL, TO_BILLING))), List.of());

    @Test
    void namesSequencesFunctionsTypesAndTablesOfUnmanagedSchemasWithWhatUsesThem() {
        List<OutsideReference> found = PostgresOutsideReferences.INSTANCE.find(schema, List.of("public", "billing"));
        assertThat(found).containsExactly(
                new OutsideReference("function", "\"Util\".\"Tag\"()", "generated column invoices.tag"),
                new OutsideReference("function", "util.next_code()", "default of invoices.code"),
                new OutsideReference("function", "util.valid_code()", "check invoices_code_ok of invoices"),
                new OutsideReference("sequence", "util.invoice_no", "default of invoices.number"),
                new OutsideReference("table", "util.refs", "foreign key invoices_ref_fk of invoices"),
                new OutsideReference("type", "\"Other\".state", "type of invoices.state"),
                new OutsideReference("type", "util.mood", "type of invoices.mood"));
    }

    @Test
    void nothingWhenEverySchemaUsedIsManaged() {
        assertThat(PostgresOutsideReferences.INSTANCE.find(schema, List.of("public", "billing", "util", "Util", "Other"))).isEmpty();
        assertThat(Engines.of(EngineKind.POSTGRESQL).outsideReferences()).isSameAs(PostgresOutsideReferences.INSTANCE);
    }

    @Test
    void otherEnginesNameForeignKeysToAnotherDatabase() {
        assertThat(OutsideReferences.FOREIGN_KEYS.find(schema, List.of("shop", "billing")))
                .containsExactly(new OutsideReference("table", "util.refs", "foreign key invoices_ref_fk of invoices"));
        assertThat(Engines.of(EngineKind.MARIADB).outsideReferences()).isSameAs(OutsideReferences.FOREIGN_KEYS);
    }
}
