package dev.schemactl.service;

import dev.schemactl.schema.Schema;
import dev.schemactl.schema.UnmanagedObject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan's listing of unmanaged objects tells what the migration does: an extension the desired state has and the
 * database lacks is created first (it was listed as "not created" while the migration created it); a view the plan
 * creates after the tables ({@link CreatedUnmanaged}) says so, one it does not create is "not created".
 */
class UnmanagedListingTest {

    @Test
    void whatThePlanCreatesFirstIsNotListedAsNotCreated() {
        UnmanagedObject extension = new UnmanagedObject("extension", null, "citext", null,
                "CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public");
        UnmanagedObject view = new UnmanagedObject("view", null, "v", null, "CREATE VIEW public.v AS\n SELECT 1");
        UnmanagedObject trigger = new UnmanagedObject("trigger", null, "audit", "t", "CREATE TRIGGER audit ...");
        Schema live = Schema.EMPTY.withUnmanaged(List.of(trigger));
        Schema desired = Schema.EMPTY.withUnmanaged(List.of(extension, view, trigger));
        assertThat(UnmanagedObjects.listing(live, desired)).containsExactly(
                trigger.label() + ": unmanaged, left alone",
                extension.label() + ": unmanaged, in the desired state: created from its definition before the tables",
                view.label() + ": unmanaged, in the desired state but not created (write it by hand in a migration)");
    }

    @Test
    void whatThePlanCreatesAfterTheTablesIsListedAsCreated() {
        UnmanagedObject view = new UnmanagedObject("view", null, "v", null, "CREATE VIEW public.v AS\n SELECT 1");
        UnmanagedObject partition = new UnmanagedObject("partition", null, "p1", "t", "CREATE TABLE public.p1 ...");
        Schema desired = Schema.EMPTY.withUnmanaged(List.of(view, partition));
        assertThat(UnmanagedObjects.listing(Schema.EMPTY, desired, List.of(view.label()))).containsExactlyInAnyOrder(
                view.label() + ": unmanaged, in the desired state: created from its definition after the tables",
                partition.label() + ": unmanaged, in the desired state but not created (write it by hand in a migration)");
    }

    @Test
    void aManagedSchemaIsNotListedAsUnmanaged() {
        UnmanagedObject schema = new UnmanagedObject("schema", "musicbrainz", "musicbrainz", null,
                "CREATE SCHEMA IF NOT EXISTS musicbrainz");
        UnmanagedObject view = new UnmanagedObject("view", "musicbrainz", "v", null, "CREATE VIEW musicbrainz.v AS\n SELECT 1");
        Schema live = Schema.EMPTY.withUnmanaged(List.of(schema, view));
        assertThat(UnmanagedObjects.listing(live, live)).containsExactly(view.label() + ": unmanaged, left alone");
    }
}
