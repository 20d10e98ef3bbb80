package dev.schemactl.service;

import dev.schemactl.diff.Change;
import dev.schemactl.diff.Plan;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.engine.Engines;
import dev.schemactl.engine.UnmanagedDdl;
import dev.schemactl.schema.Column;
import dev.schemactl.schema.ColumnType;
import dev.schemactl.schema.Schema;
import dev.schemactl.schema.Table;
import dev.schemactl.schema.TypeKind;
import dev.schemactl.schema.UnmanagedObject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An exclusion constraint only the live database has, on a table the plan keeps: `new --drop-extra` drops it (it was
 * kept, so pg_dump after the migration still showed it), after the table's renames, and the rollback adds it back as
 * the catalog has it then; without --drop-extra it is left alone.
 */
class LiveOnlyExclusionConstraintTest {

    private final UnmanagedDdl ddl = Engines.of(EngineKind.POSTGRESQL).unmanagedDdl();
    private final UnmanagedObject constraint = new UnmanagedObject("exclusion constraint", null, "no_overlap", "Rooms",
            "ALTER TABLE ONLY public.\"Rooms\" ADD CONSTRAINT no_overlap EXCLUDE USING gist (\"Room\" WITH =, during WITH &&);");
    private final Schema live = Schema.EMPTY.withTables(List.of(table("Rooms", "Room"))).withUnmanaged(List.of(constraint));
    private final Schema desired = Schema.EMPTY.withTables(List.of(table("Room Bookings", "room_no")));
    private final Plan plan = new Plan(List.of(new Change.RenameTable("Rooms", "Room Bookings"),
            new Change.RenameColumn("Room Bookings", Column.of("Room", ColumnType.of(TypeKind.INTEGER), false), "room_no")), List.of());

    @Test
    void droppedAfterTheRenamesWithDropExtraAndPutBackByTheRollback() {
        UnmanagedObjects.Prerequisites children = UnmanagedObjects.children(live, desired, ddl, plan, true);
        assertThat(children.forward()).containsExactly("ALTER TABLE \"Room Bookings\" DROP CONSTRAINT IF EXISTS no_overlap");
        assertThat(children.rollback()).containsExactly("ALTER TABLE ONLY public.\"Room Bookings\" ADD CONSTRAINT no_overlap "
                + "EXCLUDE USING gist (room_no WITH =, during WITH &&);");
        assertThat(children.labels()).containsExactly(constraint.label());
    }

    @Test
    void leftAloneWithoutDropExtraOrWhenTheTableIsDropped() {
        assertThat(UnmanagedObjects.children(live, desired, ddl, plan, false).forward()).isEmpty();
        assertThat(UnmanagedObjects.children(live, Schema.EMPTY, ddl,
                new Plan(List.of(new Change.DropTable(table("Rooms", "Room"))), List.of()), true).forward()).isEmpty();
    }

    private static Table table(String name, String column) {
        return new Table(name, List.of(Column.of(column, ColumnType.of(TypeKind.INTEGER), false)), null, List.of(), List.of(),
                List.of(), List.of(), null);
    }
}
