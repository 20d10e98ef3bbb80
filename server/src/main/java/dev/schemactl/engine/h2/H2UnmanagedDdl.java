package dev.schemactl.engine.h2;

import dev.schemactl.engine.UnmanagedDdl;
import dev.schemactl.schema.UnmanagedObject;

import java.util.List;

/**
 * The one kind of unmanaged object the H2 inspector lists: a configured schema other than PUBLIC, created (IF NOT
 * EXISTS) before the tables of a plan or a dump, dropped last by a rollback (RESTRICT: only once it is empty again).
 */
final class H2UnmanagedDdl implements UnmanagedDdl {

    @Override
    public List<String> beforeTables(List<UnmanagedObject> objects) {
        return objects.stream().filter(o -> o.kind().equals("schema") && o.definition() != null).map(UnmanagedObject::definition).toList();
    }

    @Override
    public String drop(UnmanagedObject object) {
        return object.kind().equals("schema") ? "DROP SCHEMA IF EXISTS " + H2Names.quoted(object.name()) : null;
    }
}
