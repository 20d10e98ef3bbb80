package dev.schemactl.engine.postgres;

/**
 * Tables that INHERIT another (old-style partitioning, as in the sakila sample's payment_p2007_* tables): unmanaged
 * objects, like partitions, in one bulk query. The parent stays a managed table; the child is listed, left alone
 * and never dropped or recreated, and its definition re-creates it as pg_dump writes it: its own columns (not the
 * inherited ones) and CHECK constraints inline, {@code INHERITS (parents)} in order, then the defaults that differ
 * from the parent's and NOT NULL the parents do not impose (UNLOGGED and its storage parameters too, as pg_dump writes them), the sequences its columns own (OWNED BY: the sequence
 * itself, a serial column's included, is one of the model's sequences, created before the tables), its columns' comments
 * and its comment. Its own indexes, keys and foreign keys
 * are unmanaged indexes and constraints (see {@link PostgresUnmanaged}); its triggers and rules are listed as for any
 * table. Fragments of {@link PostgresUnmanaged}'s two queries: {@link #OBJECTS} and {@link #PARENTS}.
 */
final class PostgresChildTables {
    /** One row per child table: kind, schema, name, its first parent, definition. */
    static final String OBJECTS = """
            SELECT 'child table', n.nspname, c.relname, p.relname,
                   format('CREATE %sTABLE %I.%I (', CASE WHEN c.relpersistence = 'u' THEN 'UNLOGGED ' ELSE '' END, n.nspname, c.relname)
                   || concat_ws(', ',
                        (SELECT string_agg(format('%I %s', a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod))
                                  || CASE WHEN a.attcollation <> t.typcollation AND a.attcollation <> 0
                                          THEN (SELECT format(' COLLATE %I.%I', cn.nspname, co.collname) FROM pg_catalog.pg_collation co
                                                JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace WHERE co.oid = a.attcollation)
                                          ELSE '' END
                                  || CASE WHEN a.attgenerated = 's'
                                          THEN ' GENERATED ALWAYS AS (' || pg_catalog.pg_get_expr(d.adbin, d.adrelid) || ') STORED'
                                          ELSE '' END
                                  || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END, ', ' ORDER BY a.attnum)
                         FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
                         LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
                         WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attislocal),
                        (SELECT string_agg(format('CONSTRAINT %I ', k.conname) || pg_catalog.pg_get_constraintdef(k.oid), ', '
                                           ORDER BY k.conname)
                         FROM pg_catalog.pg_constraint k WHERE k.conrelid = c.oid AND k.contype = 'c' AND k.conislocal))
                   || ') INHERITS ('
                   || (SELECT string_agg(format('%I.%I', pn.nspname, pc.relname), ', ' ORDER BY pi.inhseqno)
                       FROM pg_catalog.pg_inherits pi JOIN pg_catalog.pg_class pc ON pc.oid = pi.inhparent
                       JOIN pg_catalog.pg_namespace pn ON pn.oid = pc.relnamespace WHERE pi.inhrelid = c.oid) || ')'
                   -- its storage parameters (of its TOAST table too), as pg_dump writes them after INHERITS
                   || COALESCE(' WITH (' || NULLIF(concat_ws(', ', array_to_string(c.reloptions, ', '),
                        (SELECT string_agg('toast.' || o, ', ') FROM pg_catalog.pg_class tc, unnest(tc.reloptions) o
                         WHERE tc.oid = c.reltoastrelid)), '') || ')', '')
                   || COALESCE((SELECT string_agg(format(E';\\nALTER TABLE ONLY %I.%I ALTER COLUMN %I ', n.nspname, c.relname, a.attname)
                                                  || CASE WHEN d.oid IS NULL THEN 'DROP DEFAULT'
                                                          ELSE 'SET DEFAULT ' || pg_catalog.pg_get_expr(d.adbin, d.adrelid) END,
                                                  '' ORDER BY a.attnum)
                                FROM pg_catalog.pg_attribute a
                                LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
                                WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
                                  AND pg_catalog.pg_get_expr(d.adbin, d.adrelid) IS DISTINCT FROM
                                      (SELECT pg_catalog.pg_get_expr(pd.adbin, pd.adrelid)
                                       FROM pg_catalog.pg_inherits pi
                                       JOIN pg_catalog.pg_attribute pa ON pa.attrelid = pi.inhparent AND pa.attname = a.attname
                                            AND NOT pa.attisdropped
                                       LEFT JOIN pg_catalog.pg_attrdef pd ON pd.adrelid = pa.attrelid AND pd.adnum = pa.attnum
                                       WHERE pi.inhrelid = c.oid ORDER BY pi.inhseqno LIMIT 1)), '')
                   || COALESCE((SELECT string_agg(format(E';\\nALTER TABLE ONLY %I.%I ALTER COLUMN %I SET NOT NULL',
                                                         n.nspname, c.relname, a.attname), '' ORDER BY a.attnum)
                                FROM pg_catalog.pg_attribute a
                                WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attnotnull AND NOT a.attislocal
                                  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits pi
                                                  JOIN pg_catalog.pg_attribute pa ON pa.attrelid = pi.inhparent AND pa.attname = a.attname
                                                  WHERE pi.inhrelid = c.oid AND pa.attnotnull)), '')
                   || COALESCE((SELECT string_agg(format(E';\\nALTER SEQUENCE %I.%I OWNED BY %I.%I.%I', sn.nspname, s.relname,
                                                         n.nspname, c.relname, a.attname), '' ORDER BY s.relname)
                                FROM pg_catalog.pg_depend dp
                                JOIN pg_catalog.pg_class s ON s.oid = dp.objid AND s.relkind = 'S'
                                JOIN pg_catalog.pg_namespace sn ON sn.oid = s.relnamespace
                                JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum = dp.refobjsubid
                                WHERE dp.classid = 'pg_catalog.pg_class'::regclass AND dp.refclassid = 'pg_catalog.pg_class'::regclass
                                  AND dp.refobjid = c.oid AND dp.deptype = 'a'), '')
                   || COALESCE((SELECT string_agg(format(E';\\nCOMMENT ON COLUMN %I.%I.%I IS ', n.nspname, c.relname, a.attname)
                                                  || quote_literal(cd.description), '' ORDER BY a.attnum)
                                FROM pg_catalog.pg_attribute a
                                JOIN pg_catalog.pg_description cd ON cd.objoid = c.oid
                                     AND cd.classoid = 'pg_catalog.pg_class'::regclass AND cd.objsubid = a.attnum
                                WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped), '')
                   || COALESCE(format(E';\\nCOMMENT ON TABLE %I.%I IS ', n.nspname, c.relname) || quote_literal(ds.description), '')
            FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_catalog.pg_inherits i ON i.inhrelid = c.oid AND i.inhseqno = 1
            JOIN pg_catalog.pg_class p ON p.oid = i.inhparent
            LEFT JOIN pg_catalog.pg_description ds ON ds.objoid = c.oid
                 AND ds.classoid = 'pg_catalog.pg_class'::regclass AND ds.objsubid = 0
            WHERE c.relkind = 'r' AND NOT c.relispartition AND n.nspname = ANY (?)""";

    /** One row per child table and parent: a plan that drops or renames the parent must not run. */
    static final String PARENTS = """
            SELECT 'child table', n.nspname, c.relname, p.relname, NULL, pn.nspname
            FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace JOIN pg_catalog.pg_class p ON p.oid = i.inhparent
            JOIN pg_catalog.pg_namespace pn ON pn.oid = p.relnamespace
            WHERE c.relkind = 'r' AND NOT c.relispartition AND n.nspname = ANY (?)""";

    private PostgresChildTables() {
    }
}
