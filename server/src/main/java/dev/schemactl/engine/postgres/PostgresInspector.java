package dev.schemactl.engine.postgres;

import dev.schemactl.engine.InspectedTable;
import dev.schemactl.engine.OwnTables;
import dev.schemactl.engine.Inspector;
import dev.schemactl.engine.SqlText;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import dev.schemactl.schema.CheckConstraint;
import dev.schemactl.schema.Column;
import dev.schemactl.schema.ColumnType;
import dev.schemactl.schema.Deferral;
import dev.schemactl.schema.EnumType;
import dev.schemactl.schema.GeneratedKind;
import dev.schemactl.schema.Identity;
import dev.schemactl.schema.NullsOrder;
import dev.schemactl.schema.ForeignKey;
import dev.schemactl.schema.Index;
import dev.schemactl.schema.IndexColumn;
import dev.schemactl.schema.PrimaryKey;
import dev.schemactl.schema.ReferentialAction;
import dev.schemactl.schema.Schema;
import dev.schemactl.schema.Sequence;
import dev.schemactl.schema.SequenceOwner;
import dev.schemactl.schema.TableName;
import dev.schemactl.schema.TypeKind;
import dev.schemactl.schema.UniqueConstraint;
import dev.schemactl.schema.UnmanagedObject;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads the named schemas (default {@code public}; never the session's search_path, which a pg_dump script
 * empties) from pg_catalog in seven bulk queries (tables, sequences, columns, constraints, indexes, enum types, domains) plus
 * {@link PostgresUnmanaged}'s, sent in one round trip, whatever the number of tables. Ordinary and partitioned tables are read;
 * partitions, INHERITS children ({@link PostgresChildTables}), views and schemactl's own schema_migrations* tables
 * are left out (views, routines, triggers and the like are listed as unmanaged by {@link PostgresUnmanaged}).
 * Names keep their exact case.
 * Identity columns carry their kind (ALWAYS / BY DEFAULT) and their sequence's options (null where they are
 * the defaults); serial columns (default nextval of a sequence OWNED BY the column) are identity kind SERIAL
 * with no default, and their sequences are not listed. Indexes that back a primary key, unique or exclusion
 * constraint are not listed as indexes; other unique indexes are indexes with {@code unique=true}, with their
 * access method, expressions, DESC / NULLS order, INCLUDE columns and partial-index predicate. Columns of an
 * enum type are {@code ColumnType.other(quoted type name)}, qualified with its schema outside the first one; the types
 * are {@link Schema#enumTypes()}, and like standalone sequences carry their schema (null for the first one).
 * Defaults are normalized by {@link PostgresDefaults}.
 *
 * <p>The queries are written for large schemas (see bench/README.md): comments come from joins on
 * pg_description rather than per-row {@code obj_description}/{@code col_description} calls; serial and identity
 * sequences from one join with the (few) sequence dependencies rather than a subquery per column; a
 * constraint's definition is deparsed only for checks; index keys are unnested rather than generated (a
 * {@code generate_series} over a column is estimated at 1,000 rows, which inflated the plan's cost past
 * {@code jit_above_cost} and had the server JIT-compile the query, slower than running it); and nothing is
 * sorted on the server (columns are put in position order here, the model sorts everything else).
 */
final class PostgresInspector implements Inspector {

    /**
     * Tables of the current schema (base and partitioned, not partitions nor INHERITS children, which are unmanaged)
     * with their comments and options ({@link PostgresTableOptions}). The other queries' rows of tables not listed here
     * are skipped.
     */
    private static final String TABLES = """
            SELECT c.relname, n.nspname, ds.description AS comment, c.relpersistence = 'u' AS unlogged,
                   c.reloptions, toast.reloptions AS toast_options, c.relrowsecurity, c.relforcerowsecurity,
                   c.relreplident, CASE WHEN c.relreplident = 'i' THEN (SELECT ri.relname FROM pg_catalog.pg_index i
                       JOIN pg_catalog.pg_class ri ON ri.oid = i.indexrelid
                       WHERE i.indrelid = c.oid AND i.indisreplident) END AS replica_index,
                   EXISTS (SELECT 1 FROM pg_catalog.pg_inherits ih WHERE ih.inhrelid = c.oid) AS is_child,
                   CASE WHEN c.reloftype <> 0 THEN pg_catalog.format_type(c.reloftype, NULL) END AS of_type,
                   (SELECT am.amname FROM pg_catalog.pg_am am WHERE am.oid = c.relam) AS access_method
            FROM pg_catalog.pg_class c
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_catalog.pg_class toast ON toast.oid = c.reltoastrelid
            LEFT JOIN pg_catalog.pg_description ds ON ds.objoid = c.oid
                 AND ds.classoid = 'pg_catalog.pg_class'::regclass AND ds.objsubid = 0
            WHERE n.nspname = ANY (?) AND c.relkind IN ('r', 'p') AND NOT c.relispartition
            """;

    /**
     * All columns of those tables with their position, default, identity/generated flags, comment, collation
     * (when not the type's default) and enum type name, in no particular order. The sequences that feed identity
     * and serial columns come from {@link #SEQUENCES}.
     */
    private static final String COLUMNS = """
            SELECT c.relname, n.nspname, a.attrelid, a.attnum, a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type_name,
                   a.attnotnull, pg_catalog.pg_get_expr(d.adbin, d.adrelid) AS default_expr,
                   a.attidentity, a.attgenerated, ds.description AS comment, a.attcollation,
                   -- a collation of pg_catalog by its bare name, any other schema-qualified and quoted (the renderer writes it as is)
                   CASE WHEN a.attcollation <> t.typcollation AND a.attcollation <> 0 THEN CASE WHEN cn.nspname = 'pg_catalog' THEN co.collname ELSE '"' || replace(cn.nspname, '"', '""') || '"."' || replace(co.collname, '"', '""') || '"' END END AS collation,
                   CASE WHEN et.typtype = 'e' AND etn.nspname = ANY (?) THEN et.typname END AS enum_type,
                   CASE WHEN et.typtype = 'e' AND etn.nspname <> ((?)::text[])[1] THEN etn.nspname END AS enum_schema,
                   et.oid <> t.oid AS enum_array, t.typname AS base_type,
                   -- physical options (PostgresColumnOptions): attcompression is PostgreSQL 14's (see COLUMNS_13)
                   NULLIF(a.attcompression, '') AS compression, a.attstorage, t.typstorage, a.attstattarget, a.attoptions,
                   -- a child table's own column (INHERITS): declared by it alone, not merged with a parent's
                   a.attislocal AND a.attinhcount = 0 AS own_column
            FROM pg_catalog.pg_attribute a
            JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
            -- the column's type or, for an array, its element type: an enum's spelling does not follow the search_path
            -- (a domain over an array is of category A too, with no element type: the domain itself)
            JOIN pg_catalog.pg_type et ON et.oid = CASE WHEN t.typcategory = 'A' AND t.typelem <> 0 THEN t.typelem ELSE t.oid END
            JOIN pg_catalog.pg_namespace etn ON etn.oid = et.typnamespace
            LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
            LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
            LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            LEFT JOIN pg_catalog.pg_description ds ON ds.objoid = a.attrelid
                 AND ds.classoid = 'pg_catalog.pg_class'::regclass AND ds.objsubid = a.attnum
            WHERE n.nspname = ANY (?) AND c.relkind IN ('r', 'p') AND NOT c.relispartition
              AND a.attnum > 0 AND NOT a.attisdropped
            """;

    /** {@link #COLUMNS} for servers before PostgreSQL 14, which have no column compression. */
    private static final String COLUMNS_13 = COLUMNS.replace("NULLIF(a.attcompression, '') AS compression", "NULL::text AS compression");

    /**
     * Primary key, unique, foreign key and check constraints. Their columns come as attribute numbers (conkey, confkey,
     * confdelsetcols, the key's index's INCLUDE part of indkey) that the inspector names from {@link #COLUMNS}' rows:
     * an array subquery per constraint over pg_attribute cost more than the rest of the query (at 2,000 tables, with
     * to_jsonb of every foreign key's row and three subqueries per key's index, the query took twice the floor's
     * whole constraint query). Names come from the server only where those rows cannot name them: a system column
     * (an {@code oid} key before PostgreSQL 12) and a referenced table outside {@link #COLUMNS} (another schema, a
     * partition). PostgreSQL 15's confdelsetcols and indnullsnotdistinct are read as such ({@link #CONSTRAINTS_14}
     * for older servers, which have neither).
     */
    private static final String CONSTRAINTS = """
            SELECT c.relname, n.nspname, con.conname, con.contype, con.conrelid, con.conkey::text AS conkey,
                   CASE WHEN 0 > ANY (con.conkey) THEN ARRAY(SELECT a.attname::text
                         FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
                         JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
                         ORDER BY k.ord) END AS named_columns,
                   ref.relname AS ref_table,
                   CASE WHEN refn.nspname <> ((?)::text[])[1] THEN refn.nspname END AS ref_schema,
                   con.confrelid, con.confkey::text AS confkey,
                   CASE WHEN con.contype = 'f' AND (0 > ANY (con.confkey) OR ref.relispartition OR NOT refn.nspname = ANY (?))
                        THEN ARRAY(SELECT a.attname::text
                         FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, ord)
                         JOIN pg_catalog.pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum
                         ORDER BY k.ord) END AS named_ref_columns,
                   con.confdeltype, con.confupdtype, con.condeferrable, con.condeferred, con.convalidated, con.confmatchtype, con.connoinherit,
                   -- a child table's own check (INHERITS): declared by it alone, not merged with a parent's
                   con.conislocal AND con.coninhcount = 0 AS own_constraint,
                   -- ON DELETE SET NULL / SET DEFAULT (columns), PostgreSQL 15
                   con.confdelsetcols::text AS delete_set_columns,
                   ds.description AS comment,
                   -- of the index behind a primary key or unique constraint (a foreign key's conindid is the referenced key's):
                   -- its COMMENT ON INDEX, its WITH (...), NULLS NOT DISTINCT (PostgreSQL 15) and INCLUDE (PostgreSQL 11:
                   -- the index columns after its key columns)
                   dsi.description AS index_comment, array_to_string(ic.reloptions, ', ') AS index_storage,
                   ix.indnullsnotdistinct AS nulls_not_distinct, ix.indnkeyatts,
                   CASE WHEN ix.indnatts > ix.indnkeyatts THEN ix.indkey::text END AS index_keys,
                   CASE WHEN ix.indnatts > ix.indnkeyatts AND 0 > ANY (ix.indkey::int2[]) THEN ARRAY(SELECT a.attname::text
                         FROM unnest(ix.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
                         JOIN pg_catalog.pg_attribute a ON a.attrelid = ix.indrelid AND a.attnum = k.attnum
                         WHERE k.ord > ix.indnkeyatts
                         ORDER BY k.ord) END AS named_include,
                   CASE WHEN con.contype = 'c' THEN pg_catalog.pg_get_constraintdef(con.oid) END AS definition
            FROM pg_catalog.pg_constraint con
            JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_catalog.pg_class ref ON ref.oid = con.confrelid
            LEFT JOIN pg_catalog.pg_namespace refn ON refn.oid = ref.relnamespace
            LEFT JOIN pg_catalog.pg_index ix ON ix.indexrelid = con.conindid AND con.contype IN ('p', 'u')
            LEFT JOIN pg_catalog.pg_class ic ON ic.oid = con.conindid AND con.contype IN ('p', 'u')
            LEFT JOIN pg_catalog.pg_description ds ON ds.objoid = con.oid
                 AND ds.classoid = 'pg_catalog.pg_constraint'::regclass AND ds.objsubid = 0
            LEFT JOIN pg_catalog.pg_description dsi ON dsi.objoid = con.conindid AND con.contype IN ('p', 'u')
                 AND dsi.classoid = 'pg_catalog.pg_class'::regclass AND dsi.objsubid = 0
            WHERE n.nspname = ANY (?) AND c.relkind IN ('r', 'p') AND NOT c.relispartition
              AND con.contype IN ('p', 'u', 'f', 'c')
              -- a foreign key to a partitioned table has one clone per partition, made and dropped with it
              AND con.conparentid = 0
            """;

    /** {@link #CONSTRAINTS} for servers before PostgreSQL 15, which have no confdelsetcols nor indnullsnotdistinct. */
    private static final String CONSTRAINTS_14 = CONSTRAINTS.replace("con.confdelsetcols::text AS delete_set_columns", "NULL::text AS delete_set_columns")
            .replace("ix.indnullsnotdistinct AS nulls_not_distinct", "false AS nulls_not_distinct");

    /**
     * Indexes that do not back a constraint, one row per index column (key columns, then INCLUDE columns): the
     * column or expression at each position with its DESC / NULLS FIRST flags, non-default operator class and
     * collation, and (on the first row) the predicate of a partial index. Flat rows with plain joins rather than
     * one row per index with an array subquery per attribute: those subqueries ran once per index each, and the
     * planner hashed all of pg_collation and pg_opclass for every one of them (4× the floor at 2,000 tables). A table
     * column comes as its attribute number (and the key's collation as its oid), named from {@link #COLUMNS}' rows as
     * {@link #CONSTRAINTS} does, rather than joined from pg_attribute; the index's own attribute (opclass options,
     * statistics target) is looked up per row, which the planner otherwise hashed all of pg_attribute for.
     */
    private static final String INDEXES = """
            SELECT x.indexrelid, x.indrelid, c.relname, n.nspname, i.relname AS index_name, x.indisunique, am.amname, x.indnkeyatts, k.ord,
                   CASE WHEN k.ord = 1 THEN pg_catalog.pg_get_expr(x.indpred, x.indrelid, true) END AS predicate,
                   CASE WHEN k.ord = 1 THEN array_to_string(i.reloptions, ', ') END AS storage,
                   CASE WHEN k.ord = 1 THEN ds.description END AS comment,
                   -- PostgreSQL 15 (see INDEXES_14)
                   CASE WHEN k.ord = 1 AND x.indisunique THEN x.indnullsnotdistinct END AS nulls_not_distinct,
                   k.attnum,
                   -- a system column (an oid key before PostgreSQL 12) is not among COLUMNS' rows
                   CASE WHEN k.attnum < 0 THEN (SELECT a.attname FROM pg_catalog.pg_attribute a
                                                WHERE a.attrelid = x.indrelid AND a.attnum = k.attnum) END AS system_attname,
                   CASE WHEN k.attnum = 0 THEN pg_catalog.pg_get_indexdef(x.indexrelid, k.ord::int, true) END AS expression,
                   -- an operator class with parameters (gist_trgm_ops (siglen='64')) is named even when it is the default
                   CASE WHEN NOT opc.opcdefault OR ia.attoptions IS NOT NULL THEN opc.opcname END AS opclass,
                   ia.attoptions AS opclass_options,
                   -- a column's key collation is kept by the inspector where it is not the column's (k.coll);
                   -- an expression's own collation is not readable here: its key has a COLLATE exactly when
                   -- the whole definition prints one after it (lower(name) COLLATE "default" over a "C" column)
                   k.coll,
                   CASE WHEN k.coll <> 0 AND k.attnum <> 0 THEN CASE WHEN cn.nspname = 'pg_catalog' THEN co.collname ELSE '"' || replace(cn.nspname, '"', '""') || '"."' || replace(co.collname, '"', '""') || '"' END
                        WHEN k.coll <> 0 AND k.attnum = 0 AND (strpos(pg_catalog.pg_get_indexdef(x.indexrelid, 0, true),
                             pg_catalog.pg_get_indexdef(x.indexrelid, k.ord::int, true) || ' COLLATE ' || quote_ident(co.collname)) > 0
                             OR strpos(pg_catalog.pg_get_indexdef(x.indexrelid, 0, true), pg_catalog.pg_get_indexdef(x.indexrelid, k.ord::int, true)
                                       || ' COLLATE ' || quote_ident(cn.nspname) || '.' || quote_ident(co.collname)) > 0)
                        THEN CASE WHEN cn.nspname = 'pg_catalog' THEN co.collname ELSE '"' || replace(cn.nspname, '"', '""') || '"."' || replace(co.collname, '"', '""') || '"' END END AS collation,
                   k.option,
                   -- an expression key's ALTER INDEX ... ALTER COLUMN n SET STATISTICS (-1, or null from PostgreSQL 17: none)
                   CASE WHEN ia.attstattarget >= 0 THEN ia.attstattarget END AS statistics
            FROM pg_catalog.pg_index x
            JOIN pg_catalog.pg_class c ON c.oid = x.indrelid
            JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
            JOIN pg_catalog.pg_am am ON am.oid = i.relam
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            CROSS JOIN LATERAL unnest(x.indkey::int2[], x.indclass::oid[], x.indcollation::oid[], x.indoption::int2[])
                 WITH ORDINALITY AS k(attnum, cls, coll, option, ord)
            -- OFFSET 0: one index probe per row, not a hash of all of pg_attribute
            LEFT JOIN LATERAL (SELECT ia.attoptions, ia.attstattarget FROM pg_catalog.pg_attribute ia
                               WHERE ia.attrelid = x.indexrelid AND ia.attnum = k.ord OFFSET 0) ia ON true
            LEFT JOIN pg_catalog.pg_opclass opc ON opc.oid = k.cls
            LEFT JOIN pg_catalog.pg_collation co ON co.oid = k.coll AND k.coll <> 0
            LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
            LEFT JOIN pg_catalog.pg_description ds ON ds.objoid = x.indexrelid AND k.ord = 1
                 AND ds.classoid = 'pg_catalog.pg_class'::regclass AND ds.objsubid = 0
            WHERE n.nspname = ANY (?) AND c.relkind IN ('r', 'p') AND NOT c.relispartition
              AND NOT x.indisprimary
              AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint con
                              WHERE con.conindid = x.indexrelid AND con.conrelid = x.indrelid
                                AND con.contype IN ('p', 'u', 'x'))
            """;

    /** {@link #INDEXES} for servers before PostgreSQL 15, which have no NULLS NOT DISTINCT. */
    private static final String INDEXES_14 = INDEXES.replace("THEN x.indnullsnotdistinct END AS nulls_not_distinct",
            "THEN false END AS nulls_not_distinct");

    /**
     * Sequences of the managed schemas with their options and the column that owns them, if any: an identity
     * column's (dependency 'i') or an OWNED BY column's (dependency 'a'), and whether that column's default uses the
     * sequence (a serial column). Those of identity and serial columns feed their columns' options, those owned by
     * schemactl's own tables are left out, the others are the schema's sequences. One pass over the few sequences,
     * rather than a join per column in {@link #COLUMNS} (a sequence OWNED BY a column is in the column's schema).
     */
    private static final String SEQUENCES = """
            SELECT s.relname, n.nspname, n.nspname = ((?)::text[])[1] AS in_first_schema, q.seqstart, q.seqincrement, q.seqmin, q.seqmax, q.seqcache, q.seqcycle,
                   pg_catalog.format_type(q.seqtypid, NULL) AS data_type, owned.deptype AS owner_dep,
                   owned.refobjid AS owner_table, owned.refobjsubid AS owner_column,
                   t.relname AS owner_relname, a.attname AS owner_attname, a.attnotnull AS owner_notnull, q.seqtypid = a.atttypid AS owner_same_type,
                   s.relpersistence = t.relpersistence AS owner_same_persistence,
                   s.relpersistence = 'u' AS seq_unlogged,
                   ds.description AS comment,
                   EXISTS (SELECT 1 FROM pg_catalog.pg_depend x WHERE x.classid = 'pg_catalog.pg_class'::regclass
                           AND x.objid = s.oid AND x.deptype = 'e') AS in_extension,
                   owned.deptype = 'a' AND EXISTS (
                       SELECT 1
                       FROM pg_catalog.pg_attrdef d
                       JOIN pg_catalog.pg_depend uses ON uses.classid = 'pg_catalog.pg_attrdef'::regclass
                            AND uses.objid = d.oid AND uses.refclassid = 'pg_catalog.pg_class'::regclass
                            AND uses.refobjid = s.oid
                       WHERE d.adrelid = owned.refobjid AND d.adnum = owned.refobjsubid) AS owner_default_uses
            FROM pg_catalog.pg_sequence q
            JOIN pg_catalog.pg_class s ON s.oid = q.seqrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = s.relnamespace
            LEFT JOIN pg_catalog.pg_depend owned ON owned.classid = 'pg_catalog.pg_class'::regclass AND owned.objid = s.oid
                 AND owned.refclassid = 'pg_catalog.pg_class'::regclass AND owned.deptype IN ('a', 'i')
            LEFT JOIN pg_catalog.pg_class t ON t.oid = owned.refobjid
            LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = owned.refobjid AND a.attnum = owned.refobjsubid
            LEFT JOIN pg_catalog.pg_description ds ON ds.objoid = s.oid
                 AND ds.classoid = 'pg_catalog.pg_class'::regclass AND ds.objsubid = 0
            WHERE n.nspname = ANY (?)
            """;

    /**
     * Enum types of the managed schemas, one row per value (sorted here by enumsortorder); outside the first schema,
     * those an extension made are left out (the extension stands for them, {@link PostgresUnmanaged}).
     */
    private static final String ENUM_TYPES = """
            SELECT t.typname, n.nspname, n.nspname = ((?)::text[])[1] AS in_first_schema, e.enumlabel, e.enumsortorder,
                   ds.description AS comment
            FROM pg_catalog.pg_type t
            JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
            JOIN pg_catalog.pg_enum e ON e.enumtypid = t.oid
            LEFT JOIN pg_catalog.pg_description ds ON ds.objoid = t.oid
                 AND ds.classoid = 'pg_catalog.pg_type'::regclass AND ds.objsubid = 0
            WHERE n.nspname = ANY (?) AND t.typtype = 'e'
              AND (n.nspname = ((?)::text[])[1] OR NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend x
                   WHERE x.classid = 'pg_catalog.pg_type'::regclass AND x.objid = t.oid AND x.deptype = 'e'))
            """;

    /**
     * Domains of the managed schemas, one row per CHECK constraint (one row with no constraint for a domain without
     * any); those an extension made are left out (the extension stands for them).
     */
    private static final String DOMAINS = """
            SELECT t.typname, n.nspname, n.nspname = ((?)::text[])[1] AS in_first_schema,
                   pg_catalog.format_type(t.typbasetype, t.typtypmod) AS base_type,
                   CASE WHEN t.typcollation <> 0 AND t.typcollation <> bt.typcollation
                        THEN (SELECT format('%I.%I', cn.nspname, co.collname) FROM pg_catalog.pg_collation co
                              JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace WHERE co.oid = t.typcollation) END AS collation,
                   t.typdefault, t.typnotnull, ds.description AS comment,
                   c.conname, CASE WHEN c.oid IS NOT NULL THEN pg_catalog.pg_get_constraintdef(c.oid) END AS condef, c.convalidated
            FROM pg_catalog.pg_type t
            JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
            JOIN pg_catalog.pg_type bt ON bt.oid = t.typbasetype
            LEFT JOIN pg_catalog.pg_constraint c ON c.contypid = t.oid AND c.contype = 'c'
            LEFT JOIN pg_catalog.pg_description ds ON ds.objoid = t.oid
                 AND ds.classoid = 'pg_catalog.pg_type'::regclass AND ds.objsubid = 0
            WHERE n.nspname = ANY (?) AND t.typtype = 'd'
              AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend x
                   WHERE x.classid = 'pg_catalog.pg_type'::regclass AND x.objid = t.oid AND x.deptype = 'e')
            """;

    /**
     * Composite types of the managed schemas (CREATE TYPE ... AS (...), not a table's row type), one row per attribute
     * in order (one row with no attribute for a type without any); an attribute's collation when not its type's;
     * those an extension made are left out (the extension stands for them).
     */
    private static final String COMPOSITE_TYPES = """
            SELECT t.typname, n.nspname, n.nspname = ((?)::text[])[1] AS in_first_schema, ds.description AS comment,
                   a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod) AS atttype,
                   CASE WHEN a.attcollation <> 0 AND a.attcollation <> at.typcollation
                        THEN (SELECT format('%I.%I', cn.nspname, co.collname) FROM pg_catalog.pg_collation co
                              JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace WHERE co.oid = a.attcollation) END AS collation
            FROM pg_catalog.pg_type t
            JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
            JOIN pg_catalog.pg_class c ON c.oid = t.typrelid AND c.relkind = 'c'
            LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
            LEFT JOIN pg_catalog.pg_type at ON at.oid = a.atttypid
            LEFT JOIN pg_catalog.pg_description ds ON ds.objoid = t.oid
                 AND ds.classoid = 'pg_catalog.pg_type'::regclass AND ds.objsubid = 0
            WHERE n.nspname = ANY (?) AND t.typtype = 'c'
              AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend x
                   WHERE x.classid = 'pg_catalog.pg_type'::regclass AND x.objid = t.oid AND x.deptype = 'e')
            ORDER BY n.nspname, t.typname, a.attnum
            """;

    @Override
    public Schema inspect(Connection connection) throws SQLException {
        return inspect(connection, List.of());
    }

    @Override
    public Schema inspect(Connection connection, List<String> schemas) throws SQLException {
        List<String> scopeNames = schemas.isEmpty() ? List.of("public") : schemas;
        Array scope = connection.createArrayOf("text", scopeNames.toArray());
        Map<String, InspectedTable> tables = new LinkedHashMap<>();
        Map<String, InspectedTable> children = new LinkedHashMap<>();
        List<Sequence> sequences = new ArrayList<>();
        // a schema spells few distinct types and defaults: parse and normalize each spelling once
        Map<String, ColumnType> types = new HashMap<>();
        Map<String, String> defaults = new HashMap<>();
        // by (schema, name): a same-named type in two managed schemas is two types
        Map<List<String>, List<Object[]>> enumValues = new LinkedHashMap<>();
        Map<List<String>, String> enumComments = new HashMap<>();
        List<UnmanagedObject> unmanaged;
        List<dev.schemactl.schema.Domain> domains;
        List<dev.schemactl.schema.CompositeType> composites;
        // the version the server announced at connect (DatabaseMetaData would not run a query for it either, but is wider)
        org.postgresql.core.BaseConnection server = connection.unwrap(org.postgresql.core.BaseConnection.class);
        String columnsQuery = server.haveMinimumServerVersion(org.postgresql.core.ServerVersion.v14) ? COLUMNS : COLUMNS_13;
        boolean v15 = server.haveMinimumServerVersion(org.postgresql.core.ServerVersion.v15);
        String constraintsQuery = v15 ? CONSTRAINTS : CONSTRAINTS_14;
        String indexesQuery = v15 ? INDEXES : INDEXES_14;
        // every column of every table read, by table oid: the other queries' attribute numbers name through them
        Map<Long, Attributes> attributes = new HashMap<>();
        try (Scoped st = new Scoped(connection, scopeNames, TABLES, SEQUENCES, columnsQuery, constraintsQuery, indexesQuery, ENUM_TYPES, DOMAINS,
                COMPOSITE_TYPES, PostgresUnmanaged.OBJECTS)) {
            try (ResultSet rs = st.executeQuery(TABLES)) {
                while (rs.next()) {
                    String name = rs.getString("relname");
                    String schema = rs.getString("nspname");
                    InspectedTable table = new InspectedTable(name, SqlText.emptyToNull(rs.getString("comment")));
                    table.schema = schema.equals(scopeNames.get(0)) ? null : schema;
                    table.options = PostgresTableOptions.fromCatalog(rs.getBoolean("unlogged"), rs.getString("of_type"), rs.getString("access_method"), textArray(rs, "reloptions"),
                            textArray(rs, "toast_options"), rs.getBoolean("relrowsecurity"), rs.getBoolean("relforcerowsecurity"),
                            rs.getString("relreplident"), rs.getString("replica_index"));
                    if (rs.getBoolean("is_child")) {
                        // a child table (INHERITS): unmanaged, carried with its own columns, comment and options only
                        children.put(TableName.key(table.schema, name), table);
                        continue;
                    }
                    InspectedTable other = tables.put(TableName.key(table.schema, name), table);
                    if (other != null) {
                        // only a default-schema table whose name is another's schema.name: "billing.items" beside billing.items
                        InspectedTable plain = other.schema == null ? other : table;
                        InspectedTable qualified = plain == other ? table : other;
                        throw new SchemactlException(ErrorCode.CONFIG, "table \"" + plain.name + "\" of schema " + scopeNames.get(0)
                                + " has the qualified name of table " + TableName.key(qualified.schema, qualified.name)
                                + " of another managed schema", "rename that table, or keep one of those schemas out of `schemas:`");
                    }
                }
            }
            // the sequences that feed identity and serial columns, by column
            Map<ColumnKey, Feed> feeds = new HashMap<>();
            // sequences OWNED BY a column they do not feed: left out with their table when it is schemactl's own
            List<Map.Entry<String, Sequence>> ownedSequences = new ArrayList<>();
            try (ResultSet rs = st.executeQuery(SEQUENCES)) {
                while (rs.next()) {
                    String dep = rs.getString("owner_dep");
                    if ("i".equals(dep) || isSerial(rs)) {
                        feeds.put(new ColumnKey(rs.getLong("owner_table"), rs.getInt("owner_column")), feed(rs));
                        // a serial column of a child table (unmanaged): its sequence stays one of the schema's
                        if ("a".equals(dep) && !tables.containsKey(ownerKey(rs))) {
                            ownedSequences.add(Map.entry(ownerKey(rs), sequence(rs)));
                        }
                    } else if ("a".equals(dep)) {
                        ownedSequences.add(Map.entry(ownerKey(rs), sequence(rs)
                                .withOwner(new SequenceOwner(rs.getString("owner_relname"), rs.getString("owner_attname")))));
                    } else if (rs.getBoolean("in_first_schema") || !inExtension(rs)) {
                        sequences.add(sequence(rs));
                    }
                }
            }
            try (ResultSet rs = st.executeQuery(columnsQuery)) {
                // rows come unordered (sorting them on the server costs more than here): keep each column's
                // position and put every table's columns in position order
                Map<InspectedTable, List<NumberedColumn>> columns = new IdentityHashMap<>();
                ColumnFields fields = new ColumnFields(rs); // one row per column: find the fields once
                long lastTable = 0;
                Attributes tableAttributes = null;
                while (rs.next()) {
                    long relid = rs.getLong(fields.attrelid);
                    // rows come table by table: one map lookup per table, not per column
                    if (tableAttributes == null || relid != lastTable) {
                        tableAttributes = attributes.computeIfAbsent(relid, oid -> new Attributes());
                        lastTable = relid;
                    }
                    String attname = rs.getString(fields.attname);
                    tableAttributes.put(rs.getInt(fields.attnum), attname, rs.getLong(fields.attcollation));
                    String nspname = rs.getString(fields.nspname);
                    String key = TableName.key(nspname.equals(scopeNames.get(0)) ? null : nspname, rs.getString(fields.relname));
                    InspectedTable table = tables.get(key);
                    if (table == null) {
                        // a child table's own column: its serial sequence stays one of the model's (no feed)
                        table = children.get(key);
                        if (table == null || !rs.getBoolean("own_column")) continue;
                        columns.computeIfAbsent(table, t -> new ArrayList<>(8))
                                .add(new NumberedColumn(rs.getInt(fields.attnum), column(rs, fields, attname, types, defaults, Map.of())));
                        continue;
                    }
                    columns.computeIfAbsent(table, t -> new ArrayList<>(8))
                            .add(new NumberedColumn(rs.getInt(fields.attnum), column(rs, fields, attname, types, defaults, feeds)));
                }
                for (InspectedTable table : java.util.stream.Stream.concat(tables.values().stream(), children.values().stream()).toList()) {
                    List<NumberedColumn> numbered = columns.get(table);
                    if (numbered == null) continue;
                    if (!inPositionOrder(numbered)) numbered.sort(Comparator.comparingInt(NumberedColumn::position));
                    for (NumberedColumn c : numbered) table.columns.add(c.column());
                }
            }
            Set<String> read = new HashSet<>(tables.keySet());
            OwnTables.remove(tables); // schemactl's own, recognised by their columns
            for (Map.Entry<String, Sequence> owned : ownedSequences) {
                String owner = owned.getKey();
                // the owner is kept only when its table is one of the model's (a child table's is not)
                if (tables.containsKey(owner)) sequences.add(owned.getValue());
                else if (!read.contains(owner)) sequences.add(owned.getValue().withOwner(null));
            }
            try (ResultSet rs = st.executeQuery(constraintsQuery)) {
                while (rs.next()) {
                    InspectedTable table = tables.get(tableKey(rs, scopeNames.get(0)));
                    if (table != null) constraint(table, rs, attributes);
                    // a child table's own checks (its keys and foreign keys are unmanaged constraints)
                    InspectedTable child = table == null ? children.get(tableKey(rs, scopeNames.get(0))) : null;
                    if (child != null && "c".equals(rs.getString("contype")) && rs.getBoolean("own_constraint")) constraint(child, rs, attributes);
                }
            }
            try (ResultSet rs = st.executeQuery(indexesQuery)) {
                Map<Long, IndexRows> indexes = new LinkedHashMap<>();
                while (rs.next()) {
                    InspectedTable table = tables.get(tableKey(rs, scopeNames.get(0)));
                    if (table == null) continue;
                    indexes.computeIfAbsent(rs.getLong("indexrelid"), oid -> new IndexRows(table)).add(rs, attributes);
                }
                for (IndexRows index : indexes.values()) index.table.indexes.add(index.build());
            }
            try (ResultSet rs = st.executeQuery(ENUM_TYPES)) {
                while (rs.next()) {
                    String schema = rs.getBoolean("in_first_schema") ? null : rs.getString("nspname");
                    List<String> key = java.util.Arrays.asList(schema, rs.getString("typname"));
                    enumValues.computeIfAbsent(key, k -> new ArrayList<>())
                            .add(new Object[]{rs.getFloat("enumsortorder"), rs.getString("enumlabel")});
                    String comment = SqlText.emptyToNull(rs.getString("comment"));
                    if (comment != null) enumComments.put(key, comment);
                }
            }
            try (ResultSet rs = st.executeQuery(DOMAINS)) {
                domains = PostgresDomains.read(rs);
            }
            try (ResultSet rs = st.executeQuery(COMPOSITE_TYPES)) {
                composites = readCompositeTypes(rs);
            }
            try (ResultSet rs = st.executeQuery(PostgresUnmanaged.OBJECTS)) {
                unmanaged = PostgresUnmanaged.read(rs, connection, scope, scopeNames.get(0));
            }
        }
        List<EnumType> enums = new ArrayList<>();
        enumValues.forEach((key, values) -> {
            values.sort(Comparator.comparingDouble(v -> (Float) v[0]));
            enums.add(new EnumType(key.get(0), key.get(1), values.stream().map(v -> (String) v[1]).toList(), enumComments.get(key)));
        });
        return new Schema(tables.values().stream().map(InspectedTable::build).toList(), sequences, enums, unmanaged, domains, composites,
                children.values().stream().map(InspectedTable::build).toList());
    }

    private static List<dev.schemactl.schema.CompositeType> readCompositeTypes(ResultSet rs) throws SQLException {
        Map<List<String>, List<dev.schemactl.schema.CompositeType.Attribute>> attributes = new LinkedHashMap<>();
        Map<List<String>, String> comments = new HashMap<>();
        while (rs.next()) {
            String schema = rs.getBoolean("in_first_schema") ? null : rs.getString("nspname");
            List<String> key = java.util.Arrays.asList(schema, rs.getString("typname"));
            List<dev.schemactl.schema.CompositeType.Attribute> list = attributes.computeIfAbsent(key, k -> new ArrayList<>());
            String comment = SqlText.emptyToNull(rs.getString("comment"));
            if (comment != null) comments.put(key, comment);
            String attribute = rs.getString("attname");
            if (attribute != null) {
                list.add(new dev.schemactl.schema.CompositeType.Attribute(attribute, rs.getString("atttype"), rs.getString("collation")));
            }
        }
        List<dev.schemactl.schema.CompositeType> out = new ArrayList<>();
        attributes.forEach((key, list) -> out.add(new dev.schemactl.schema.CompositeType(key.get(0), key.get(1), list, comments.get(key))));
        return out;
    }

    /**
     * Runs the catalog queries in one round trip (one multi-statement execute: the driver sends them together and
     * the server runs them back to back; on a busy machine every round trip also waits for the scheduler), with the
     * schemas to read written as a literal at every parameter, and hands out their results in order.
     *
     * <p>A literal rather than a bound parameter: a statement without parameters that the driver prepares (from its
     * fifth run on a connection) keeps its plan on the server, as the catalog queries of any bulk reader do, while
     * one with parameters was planned again on every run: the server never chose a generic plan for them, and
     * planning the unmanaged objects' query alone cost more than running it.
     */
    private static final class Scoped implements AutoCloseable {
        private final PreparedStatement statement;
        private final String[] queries;
        private int next;

        Scoped(Connection connection, List<String> schemas, String... queries) throws SQLException {
            this.queries = queries;
            // every ? of the queries is the schemas parameter (none is in a string or a comment)
            statement = connection.prepareStatement(String.join(";\n", queries).replace("?", textArrayLiteral(schemas)));
            statement.execute();
        }

        /** {@code (ARRAY[E'public']::text[])}: an escape string literal reads the same whatever standard_conforming_strings. */
        static String textArrayLiteral(List<String> values) {
            StringBuilder b = new StringBuilder("(ARRAY[");
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) b.append(", ");
                b.append("E'").append(values.get(i).replace("\\", "\\\\").replace("'", "\\'")).append('\'');
            }
            return b.append("]::text[])").toString();
        }

        /** The result of {@code sql}, which must be the next of the queries. */
        ResultSet executeQuery(String sql) throws SQLException {
            if (next >= queries.length || !queries[next].equals(sql)) throw new IllegalStateException("queries out of order");
            if (next++ > 0 && !statement.getMoreResults()) throw new SQLException("no result for catalog query " + next);
            return statement.getResultSet();
        }

        @Override
        public void close() throws SQLException {
            statement.close();
        }
    }

    private record NumberedColumn(int position, Column column) {
    }

    /** True when the columns already are in position order (the usual case: the server reads them that way). */
    private static boolean inPositionOrder(List<NumberedColumn> columns) {
        for (int i = 1; i < columns.size(); i++) {
            if (columns.get(i - 1).position() > columns.get(i).position()) return false;
        }
        return true;
    }

    /** Positions of the COLUMNS query's fields. */
    private static final class ColumnFields {
        final int relname;
        final int nspname;
        final int attrelid;
        final int attnum;
        final int attname;
        final int typeName;
        final int notNull;
        final int defaultExpr;
        final int identity;
        final int generated;
        final int comment;
        final int attcollation;
        final int collation;
        final int enumType;
        final int enumSchema;
        final int enumArray;
        final int baseType;
        final int compression;
        final int storage;
        final int typeStorage;
        final int statistics;
        final int attributeOptions;

        ColumnFields(ResultSet rs) throws SQLException {
            relname = rs.findColumn("relname");
            nspname = rs.findColumn("nspname");
            attrelid = rs.findColumn("attrelid");
            attnum = rs.findColumn("attnum");
            attname = rs.findColumn("attname");
            typeName = rs.findColumn("type_name");
            notNull = rs.findColumn("attnotnull");
            defaultExpr = rs.findColumn("default_expr");
            identity = rs.findColumn("attidentity");
            generated = rs.findColumn("attgenerated");
            comment = rs.findColumn("comment");
            attcollation = rs.findColumn("attcollation");
            collation = rs.findColumn("collation");
            enumType = rs.findColumn("enum_type");
            enumSchema = rs.findColumn("enum_schema");
            enumArray = rs.findColumn("enum_array");
            baseType = rs.findColumn("base_type");
            compression = rs.findColumn("compression");
            storage = rs.findColumn("attstorage");
            typeStorage = rs.findColumn("typstorage");
            statistics = rs.findColumn("attstattarget");
            attributeOptions = rs.findColumn("attoptions");
        }
    }

    private static Column column(ResultSet rs, ColumnFields f, String name, Map<String, ColumnType> types,
                                 Map<String, String> defaults, Map<ColumnKey, Feed> feeds) throws SQLException {
        String identityKind = rs.getString(f.identity);
        String generatedKind = rs.getString(f.generated);
        String rawDefault = rs.getString(f.defaultExpr);
        boolean generated = "s".equals(generatedKind);
        Identity identity = null;
        Feed feed = feeds.isEmpty() ? null : feeds.get(new ColumnKey(rs.getLong(f.attrelid), rs.getInt(f.attnum)));
        if ("a".equals(identityKind) || "d".equals(identityKind)) {
            identity = identity("a".equals(identityKind) ? Identity.Kind.ALWAYS : Identity.Kind.BY_DEFAULT,
                    feed != null && feed.identity() ? feed : null, rs.getString(f.baseType));
        } else if (feed != null && !feed.identity()) {
            identity = identity(Identity.Kind.SERIAL, feed, rs.getString(f.baseType));
        }
        String defaultExpression = generated || identity != null || rawDefault == null ? null : normalizedDefault(rawDefault, rs.getString(f.typeName), defaults);
        String enumType = rs.getString(f.enumType);
        String enumSchema = rs.getString(f.enumSchema);
        // an enum of another managed schema is spelled qualified (as format_type does when that schema is not on the
        // search_path), whatever the session's search_path: public.state and billing.state are two types
        ColumnType type = enumType != null ? ColumnType.other((enumSchema == null ? "" : PostgresNames.quote(enumSchema) + ".")
                + PostgresNames.quote(enumType) + (rs.getBoolean(f.enumArray) ? "[]" : ""))
                : types.computeIfAbsent(rs.getString(f.typeName), PostgresTypeNames.INSTANCE::parse);
        return new Column(name, type, !rs.getBoolean(f.notNull), defaultExpression, identity,
                generated ? rawDefault : null, generated ? GeneratedKind.STORED : null,
                SqlText.emptyToNull(rs.getString(f.comment)), rs.getString(f.collation), null, null, false, null,
                PostgresColumnOptions.fromCatalog(rs.getString(f.compression), rs.getString(f.storage), rs.getString(f.typeStorage),
                        statisticsTarget(rs, f.statistics), attributeOptions(rs, f.attributeOptions)));
    }

    /** attoptions ({@code n_distinct=-0.02} each), empty when none. */
    private static List<String> attributeOptions(ResultSet rs, int field) throws SQLException {
        java.sql.Array options = rs.getArray(field);
        return options == null ? List.of() : List.of((String[]) options.getArray());
    }

    /** attstattarget: -1 on PostgreSQL 16 and before, null from 17 for the default. */
    private static Integer statisticsTarget(ResultSet rs, int field) throws SQLException {
        int target = rs.getInt(field);
        return rs.wasNull() ? null : target;
    }

    /**
     * A sequence row that is what {@code serial} makes, and nothing else: OWNED BY a NOT NULL column whose default
     * calls it, of the column's own type and as logged as its table, under PostgreSQL's own name for it
     * ({@code table_column_seq}). Otherwise (another name, a nullable column, a bigint sequence feeding an integer
     * column, as a Rails structure.sql written before PostgreSQL 10 makes, a logged sequence of an UNLOGGED table)
     * writing the column back as {@code serial} would make another sequence or another
     * column: it stays a column with a {@code nextval} default and the sequence one of the schema's.
     */
    private static boolean isSerial(ResultSet rs) throws SQLException {
        return rs.getBoolean("owner_default_uses") && rs.getBoolean("owner_notnull") && rs.getBoolean("owner_same_type")
                && rs.getBoolean("owner_same_persistence")
                && rs.getString("relname").equals(Identity.serialSequenceName(rs.getString("owner_relname"), rs.getString("owner_attname")));
    }

    /** The key ({@link TableName#key()}) of a row's table: its relname and nspname, the first schema's left unqualified. */
    private static String tableKey(ResultSet rs, String firstSchema) throws SQLException {
        String schema = rs.getString("nspname");
        return TableName.key(schema.equals(firstSchema) ? null : schema, rs.getString("relname"));
    }

    /** The key of the table owning a sequence row's sequence: PostgreSQL keeps a sequence in its owner's schema. */
    private static String ownerKey(ResultSet rs) throws SQLException {
        return TableName.key(rs.getBoolean("in_first_schema") ? null : rs.getString("nspname"), rs.getString("owner_relname"));
    }

    /** A sequence an extension made: outside the first schema, the extension stands for it. */
    private static boolean inExtension(ResultSet rs) throws SQLException {
        return rs.getBoolean("in_extension");
    }

    /** A column of an inspected table: its table's oid and its attribute number. */
    private record ColumnKey(long table, int column) {
    }

    /** A table's columns' names and collation oids (0: not collatable) by attribute number, for keys and indexes. */
    private static final class Attributes {
        private String[] names = new String[9];
        private long[] collations = new long[9];

        void put(int attnum, String name, long collation) {
            if (attnum >= names.length) {
                int size = Math.max(attnum + 1, names.length * 2);
                names = Arrays.copyOf(names, size);
                collations = Arrays.copyOf(collations, size);
            }
            names[attnum] = name;
            collations[attnum] = collation;
        }

        /** The name of column {@code attnum}, null when it was not read. */
        String name(int attnum) {
            return attnum > 0 && attnum < names.length ? names[attnum] : null;
        }

        long collation(int attnum) {
            return collations[attnum];
        }
    }

    /** Column {@code attnum} of table {@code table}: its name, never null. */
    private static String columnName(Map<Long, Attributes> attributes, long table, int attnum) {
        Attributes columns = attributes.get(table);
        String name = columns == null ? null : columns.name(attnum);
        if (name == null) throw new IllegalStateException("no column " + attnum + " of table oid " + table + " was read");
        return name;
    }

    /**
     * The names of the columns {@code attnums} ({@code {1,3}}, an int2[]'s text, or {@code 1 3}, an int2vector's) of
     * table {@code table}, from position {@code from} (0-based); {@code named}, the server's names, where it gave them.
     */
    private static List<String> columnNames(Map<Long, Attributes> attributes, long table, String attnums, int from,
                                            Array named) throws SQLException {
        if (named != null) return strings(named);
        if (attnums == null) return List.of();
        List<String> names = new ArrayList<>(4);
        int position = 0;
        int number = 0;
        int sign = 1;
        boolean inNumber = false;
        for (int i = 0; i <= attnums.length(); i++) {
            char ch = i < attnums.length() ? attnums.charAt(i) : ',';
            if (ch >= '0' && ch <= '9') {
                number = number * 10 + (ch - '0');
                inNumber = true;
            } else if (ch == '-') {
                sign = -1;
            } else if (inNumber) { // a system column (negative) is not among COLUMNS' rows: the server names those, in named
                if (position++ >= from) names.add(columnName(attributes, table, sign * number));
                number = 0;
                sign = 1;
                inNumber = false;
            }
        }
        return names;
    }

    /** The options of the sequence that feeds an identity ({@code identity}) or serial column. */
    private record Feed(boolean identity, long start, long increment, long min, long max, long cache, boolean cycle,
                        String ownName) {
    }

    /** {@code ownName}: the sequence's name where it is not PostgreSQL's own for its column ({@code table_column_seq}). */
    private static Feed feed(ResultSet rs) throws SQLException {
        String name = rs.getString("relname");
        String ownName = name.equals(Identity.serialSequenceName(rs.getString("owner_relname"), rs.getString("owner_attname"))) ? null : name;
        return new Feed("i".equals(rs.getString("owner_dep")), rs.getLong("seqstart"), rs.getLong("seqincrement"),
                rs.getLong("seqmin"), rs.getLong("seqmax"), rs.getLong("seqcache"), rs.getBoolean("seqcycle"), ownName);
    }

    /** The identity with the sequence's options, each null where it is PostgreSQL's default for the column's type. */
    private static Identity identity(Identity.Kind kind, Feed feed, String baseType) {
        if (feed == null) return Identity.of(kind);
        Options o = options(feed.start(), feed.increment(), feed.min(), feed.max(), feed.cache(), typeMax(baseType));
        // a serial column's sequence has PostgreSQL's name by definition (see isSerial)
        return new Identity(kind, o.start, o.increment, o.min, o.max, o.cache, feed.cycle(),
                feed.identity() ? feed.ownName() : null);
    }

    private static Sequence sequence(ResultSet rs) throws SQLException {
        String dataType = rs.getString("data_type");
        long start = rs.getLong("seqstart");
        long increment = rs.getLong("seqincrement");
        Options o = options(start, increment, rs.getLong("seqmin"), rs.getLong("seqmax"), rs.getLong("seqcache"), typeMax(dataType));
        return new Sequence(rs.getBoolean("in_first_schema") ? null : rs.getString("nspname"), rs.getString("relname"), start, increment, o.min, o.max, o.cache,
                rs.getBoolean("seqcycle"), "bigint".equals(dataType) ? null : dataType, null, SqlText.emptyToNull(rs.getString("comment")),
                rs.getBoolean("seq_unlogged"));
    }

    private record Options(Long start, Long increment, Long min, Long max, Long cache) {
    }

    /**
     * PostgreSQL's defaults: ascending sequences run from 1 to the type's max and start at their min,
     * descending ones from the type's min to -1 and start at their max; increment 1, cache 1.
     */
    private static Options options(long start, long increment, long min, long max, long cache, long typeMax) {
        long typeMin = -typeMax - 1;
        long defaultMin = increment > 0 ? 1 : typeMin;
        long defaultMax = increment > 0 ? typeMax : -1;
        Long minValue = min == defaultMin ? null : min;
        Long maxValue = max == defaultMax ? null : max;
        long defaultStart = increment > 0 ? min : max;
        return new Options(start == defaultStart ? null : start, increment == 1 ? null : increment, minValue, maxValue,
                cache == 1 ? null : cache);
    }

    private static long typeMax(String type) {
        if (type == null) return Long.MAX_VALUE;
        return switch (type) {
            case "int2", "smallint" -> Short.MAX_VALUE;
            case "int4", "integer" -> Integer.MAX_VALUE;
            default -> Long.MAX_VALUE;
        };
    }

    /** The rows of one index (one per column, in no particular order), made into the model's {@link Index}. */
    private static final class IndexRows {
        final InspectedTable table;
        final TreeMap<Integer, IndexColumn> keys = new TreeMap<>();
        final TreeMap<Integer, String> include = new TreeMap<>();
        String name;
        boolean unique;
        String method;
        String predicate;
        boolean nullsNotDistinct;
        String storage;
        String comment;

        IndexRows(InspectedTable table) {
            this.table = table;
        }

        void add(ResultSet rs, Map<Long, Attributes> attributes) throws SQLException {
            int ord = rs.getInt("ord");
            int attnum = rs.getInt("attnum");
            long relid = rs.getLong("indrelid");
            // a table column (attnum > 0) named from COLUMNS' rows, a system column by the server, an expression none
            String attname = attnum > 0 ? columnName(attributes, relid, attnum) : rs.getString("system_attname");
            if (ord == 1) {
                name = rs.getString("index_name");
                unique = rs.getBoolean("indisunique");
                method = "btree".equals(rs.getString("amname")) ? null : rs.getString("amname"); // the default
                predicate = SqlText.emptyToNull(rs.getString("predicate"));
                nullsNotDistinct = rs.getBoolean("nulls_not_distinct");
                storage = SqlText.emptyToNull(rs.getString("storage"));
                comment = SqlText.emptyToNull(rs.getString("comment"));
            }
            if (ord > rs.getInt("indnkeyatts")) {
                include.put(ord, attname);
                return;
            }
            String expression = rs.getString("expression");
            int option = rs.getInt("option");
            // a column's key collation only where it is not the column's own
            String collation = attnum > 0 && rs.getLong("coll") == attributes.get(relid).collation(attnum) ? null : rs.getString("collation");
            keys.put(ord, new IndexColumn(expression != null ? null : attname, expression,
                    (option & 1) == 1, (option & 2) == 2 ? NullsOrder.FIRST : NullsOrder.LAST,
                    withParameters(rs.getString("opclass"), strings(rs.getArray("opclass_options"))), collation).withStatistics(statisticsTarget(rs, rs.findColumn("statistics"))));
        }

        /** {@code gist_trgm_ops} with its parameters {@code {siglen=64}}: {@code gist_trgm_ops (siglen='64')}, as pg_dump writes it. */
        private static String withParameters(String opclass, List<String> options) {
            if (opclass == null || options == null || options.isEmpty()) return opclass;
            List<String> written = new ArrayList<>();
            for (String option : options) {
                int eq = option.indexOf('=');
                written.add(option.substring(0, eq) + "='" + option.substring(eq + 1).replace("'", "''") + "'");
            }
            return opclass + " (" + String.join(", ", written) + ")";
        }

        Index build() {
            return new Index(name, new ArrayList<>(keys.values()), unique, method, predicate, new ArrayList<>(include.values()),
                    nullsNotDistinct, storage, comment, false);
        }
    }

    private static void constraint(InspectedTable table, ResultSet rs, Map<Long, Attributes> attributes) throws SQLException {
        String name = rs.getString("conname");
        String comment = SqlText.emptyToNull(rs.getString("comment"));
        String type = rs.getString("contype");
        long relid = rs.getLong("conrelid");
        // a check's columns are not read (its definition is); its conkey may name a system column (tableoid)
        List<String> columns = "c".equals(type) ? List.of()
                : columnNames(attributes, relid, rs.getString("conkey"), 0, rs.getArray("named_columns"));
        Deferral deferral = !rs.getBoolean("condeferrable") ? Deferral.NOT_DEFERRABLE
                : rs.getBoolean("condeferred") ? Deferral.DEFERRABLE_INITIALLY_DEFERRED : Deferral.DEFERRABLE;
        switch (type) {
            case "p" -> table.primaryKey = new PrimaryKey(name, columns, List.of(), null, include(rs, attributes, relid), comment,
                    SqlText.emptyToNull(rs.getString("index_comment")), List.of(), SqlText.emptyToNull(rs.getString("index_storage")));
            case "u" -> table.uniques.add(new UniqueConstraint(name, columns, deferral, rs.getBoolean("nulls_not_distinct"),
                    include(rs, attributes, relid), comment, SqlText.emptyToNull(rs.getString("index_comment")),
                    SqlText.emptyToNull(rs.getString("index_storage")), UniqueConstraint.NO_KEY_ORDER));
            case "f" -> table.foreignKeys.add(new ForeignKey(name, columns, rs.getString("ref_table"),
                    columnNames(attributes, rs.getLong("confrelid"), rs.getString("confkey"), 0, rs.getArray("named_ref_columns")),
                    action(rs.getString("confdeltype")),
                    action(rs.getString("confupdtype")), deferral, rs.getString("ref_schema"), "f".equals(rs.getString("confmatchtype")),
                    columnNames(attributes, relid, rs.getString("delete_set_columns"), 0, null), !rs.getBoolean("convalidated"), comment));
            case "c" -> table.checks.add(new CheckConstraint(name, checkExpression(rs.getString("definition"), column -> table.columns.stream()
                            .anyMatch(c -> c.name().equals(column) && c.type().kind() == TypeKind.VARCHAR)),
                    !rs.getBoolean("convalidated"), comment, rs.getBoolean("connoinherit"), writtenCheck(rs.getString("definition"))));
            default -> { }
        }
    }

    /** The INCLUDE columns of the index behind a primary key or unique constraint row. */
    private static List<String> include(ResultSet rs, Map<Long, Attributes> attributes, long relid) throws SQLException {
        return columnNames(attributes, relid, rs.getString("index_keys"), rs.getInt("indnkeyatts"), rs.getArray("named_include"));
    }

    /** Defaults repeat (''::text, now()): each spelling is normalized once per column type. */
    private static String normalizedDefault(String raw, String columnType, Map<String, String> cache) {
        String key = columnType + "\u0000" + raw;
        String normalized = cache.get(key);
        if (normalized == null && !cache.containsKey(key)) {
            normalized = PostgresDefaults.normalize(raw, columnType);
            cache.put(key, normalized);
        }
        return normalized;
    }

    /**
     * {@code CHECK ((n > 0)) NOT VALID} → {@code n > 0}, in the plain form models write: constants lose the casts
     * PostgreSQL adds ({@link PostgresDefaults#stripLiteralCasts}), and rewritten IN / BETWEEN forms come back
     * (see PostgresCheckExpressions).
     */
    static String checkExpression(String definition) {
        return checkExpression(definition, column -> true);
    }

    /** As above, {@code varchar} telling the table's character varying columns (see PostgresCheckExpressions). */
    static String checkExpression(String definition, java.util.function.Predicate<String> varchar) {
        String s = definition.trim();
        if (s.regionMatches(true, 0, "CHECK", 0, 5)) s = s.substring(5).trim();
        int close = s.startsWith("(") ? SqlText.matchingParen(s, 0) : -1;
        if (close > 0) s = s.substring(0, close + 1); // drops trailing NOT VALID / NO INHERIT
        return SqlText.stripEnclosingParens(PostgresCheckExpressions.canonical(PostgresDefaults.stripLiteralCasts(SqlText.stripEnclosingParens(s)), varchar));
    }

    /**
     * An IN list of a varchar column stored as a database re-created from a pg_dump has it: {@code (x)::text = ANY
     * (ARRAY[('a'::character varying)::text, ...])}. Its plain form {@code x IN ('a', ...)} would be stored as
     * {@code ANY ((ARRAY['a'::character varying, ...])::text[])} (what a source's IN list gives; PostgreSQL's deparse is
     * no fixpoint), while this text is stored as itself: it is what is written. Null for any other check.
     */
    private static final java.util.regex.Pattern RELOADED_IN_LIST = java.util.regex.Pattern.compile(
            "(?:=\\s*ANY|<>\\s*ALL)\\s*\\(ARRAY\\[\\('(?:[^']|'')*'::[^)]+\\)::text\\s*[,\\]]",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    static String writtenCheck(String definition) {
        if (definition == null || !RELOADED_IN_LIST.matcher(definition).find()) return null;
        String s = definition.trim();
        if (s.regionMatches(true, 0, "CHECK", 0, 5)) s = s.substring(5).trim();
        int close = s.startsWith("(") ? SqlText.matchingParen(s, 0) : -1;
        if (close > 0) s = s.substring(0, close + 1); // drops trailing NOT VALID / NO INHERIT
        return SqlText.stripEnclosingParens(s);
    }

    private static ReferentialAction action(String code) {
        return switch (code == null ? "a" : code) {
            case "r" -> ReferentialAction.RESTRICT;
            case "c" -> ReferentialAction.CASCADE;
            case "n" -> ReferentialAction.SET_NULL;
            case "d" -> ReferentialAction.SET_DEFAULT;
            default -> ReferentialAction.NO_ACTION;
        };
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) return List.of();
        return Arrays.asList((String[]) array.getArray());
    }

    private static List<String> textArray(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

}
