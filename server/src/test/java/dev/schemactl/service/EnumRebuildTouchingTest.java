package dev.schemactl.service;

import dev.schemactl.diff.Change;
import dev.schemactl.diff.Plan;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.engine.Engines;
import dev.schemactl.schema.EnumType;
import dev.schemactl.schema.Schema;
import dev.schemactl.schema.UnmanagedObject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rebuilding an enum type converts each column of it (ALTER COLUMN ... TYPE), which fails under a view over the column
 * ("cannot alter type of a column used by a view or rule"): the plan is refused as a retype of that column is.
 */
class EnumRebuildTouchingTest {

    @Test
    void aRebuildBreaksAViewOverAColumnOfTheType() {
        UnmanagedObject view = new UnmanagedObject("view", null, "v", null, "CREATE VIEW public.v AS SELECT t.m FROM t",
                List.of("t.m"));
        UnmanagedObject other = new UnmanagedObject("view", null, "w", null, "CREATE VIEW public.w AS SELECT t.id FROM t",
                List.of("t.id"));
        Schema live = Schema.EMPTY.withUnmanaged(List.of(view, other));
        Plan plan = new Plan(List.of(new Change.ReplaceEnumType(new EnumType("mood", List.of("sad", "ok", "meh")),
                new EnumType("mood", List.of("sad", "ok")), List.of(new Change.EnumUsage("t", "m", null, false, List.of(), List.of())))),
                List.of());
        assertThat(UnmanagedObjects.touching(live, plan, Engines.of(EngineKind.POSTGRESQL)))
                .singleElement().asString().endsWith("would retype column t.m and break " + view.label());
    }
}
