package dev.schemactl.engine;

import dev.schemactl.schema.UnmanagedObject;

import java.util.List;

/**
 * How an engine writes back the objects its inspector lists as unmanaged, for `dump` and `baseline`: their catalog
 * definitions verbatim, in an order that loads (before the tables: extensions, types; after them:
 * routines, partitions, views, indexes, constraints, triggers, policies, rules), and how to drop one (a baseline's
 * rollback on a shadow database). Plans use it only for the objects the desired state defines itself: prerequisites
 * and child tables it lacks, and the objects a plan replaces by the desired state's definition ({@link #replaceable}).
 */
public interface UnmanagedDdl {
    UnmanagedDdl NONE = new UnmanagedDdl() {
    };

    /**
     * This writer for a database whose managed schemas are {@code schemas} (the first the default schema, which the
     * model leaves out of names; see {@link SqlRenderer#forSchemas}).
     */
    default UnmanagedDdl forSchemas(List<String> schemas) {
        return this;
    }

    /** Statements to run before the tables' CREATE statements (e.g. SET check_function_bodies, extensions, types). */
    default List<String> beforeTables(List<UnmanagedObject> objects) {
        return List.of();
    }

    /** Statements to run after the tables (and their keys) exist. */
    default List<String> afterTables(List<UnmanagedObject> objects) {
        return List.of();
    }

    /**
     * Why {@code object}, listed without a definition, is not written when the reason is other than the catalog not
     * giving one (a PostgreSQL user mapping's options hold a password), or null.
     */
    default String notWritten(UnmanagedObject object) {
        return null;
    }

    /** The statement that removes {@code object}, or null when it goes with its table. */
    default String drop(UnmanagedObject object) {
        return null;
    }

    /**
     * True when a plan may drop {@code object} (live) and create the desired state's definition of it in its place, by
     * {@link #drop} and {@link #afterTables}, both ways exactly: nothing else depends on it in the catalog, so dropping
     * it fails nothing and loses no data.
     */
    default boolean replaceable(UnmanagedObject object) {
        return false;
    }

    /**
     * True when a plan may create {@code object}, which only the desired state has, from its definition after the
     * tables ({@link #afterTables}), and its rollback drop it again ({@link #drop}) losing nothing: a view, routine,
     * trigger or event, whose definition is all there is to it. Not what needs a superuser or a server file (a C function).
     */
    default boolean creatable(UnmanagedObject object) {
        return false;
    }

    /** A clause the CREATE TABLE of {@code table} (its key, {@link dev.schemactl.schema.TableName#key()}) needs that the model does not carry (PARTITION BY ...), or null. */
    default String createTableSuffix(List<UnmanagedObject> objects, String table) {
        return null;
    }

    /** Statements a created {@code table} needs after its keys and indexes that the model does not carry (CLUSTER ON). */
    default List<String> afterCreateTable(List<UnmanagedObject> objects, String table) {
        return List.of();
    }

    /**
     * {@code statements} of {@link #beforeTables}/{@link #afterTables}, written for a dump file, as a migration holds
     * them: one statement each, for the migration runner (which keeps a BEGIN ... END body together) rather than the
     * engine's command-line client.
     */
    default List<String> asMigrationStatements(List<String> statements) {
        return statements;
    }
}
