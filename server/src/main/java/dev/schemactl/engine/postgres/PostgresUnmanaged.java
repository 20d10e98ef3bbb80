package dev.schemactl.engine.postgres;

import dev.schemactl.schema.TableName;
import dev.schemactl.schema.UnmanagedObject;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the PostgreSQL inspector sees but the model does not carry, in bulk queries: the objects with their
 * definitions as the catalog deparses them (pg_get_viewdef, pg_get_functiondef, pg_get_triggerdef,
 * pg_get_constraintdef, pg_get_indexdef, pg_get_ruledef, pg_get_partkeydef, partition bounds), and what each
 * depends on (pg_depend: the tables and columns a view, trigger, constraint, policy, rule, index, statistics object or SQL-standard function body uses; read only
 * for the kinds of objects found).
 * Kinds: cluster (the CLUSTER ON index of a table or materialized view),
 * schema (the scope's other schemas), extension, collation, text search dictionary and configuration, type (range types; domains and composite types are the model's), function, procedure, aggregate,
 * operator, language, access method, operator family and class, conversion, foreign data wrapper, foreign server,
 * user mapping (listed without a definition: its options hold a password), foreign table, cast, view, materialized view, partitioning (a partitioned
 * table's PARTITION BY), partition, child table (INHERITS, see {@link PostgresChildTables}), index (on a materialized
 * view, a partition or a child table, not inherited), constraint (of a partition or a child table, not inherited),
 * exclusion constraint, statistics (CREATE STATISTICS), trigger, policy, publication (a table's membership of one), rule, event trigger (a table's storage parameters, row level security and replica identity
 * are its options, {@link PostgresTableOptions}). Objects that belong
 * to an extension are left out (the extension stands for them).
 */
final class PostgresUnmanaged {
    private static final String NOT_IN_EXTENSION = """
             AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e WHERE e.classid = '%s'::regclass
                             AND e.objid = %s AND e.deptype = 'e')""";

    /**
     * The operators and support functions of an operator family or class ({@code %s}: the pg_depend reference, class or
     * family, and {@code %s} its deptype): (ord, number, member) as CREATE OPERATOR CLASS and ALTER OPERATOR FAMILY ADD
     * spell them.
     */
    private static final String MEMBERS = """
            SELECT 1 AS ord, ao.amopstrategy AS num,
                   format('OPERATOR %%s %%I.%%s(%%s, %%s)', ao.amopstrategy, opn.nspname, op.oprname,
                          pg_catalog.format_type(ao.amoplefttype, NULL), pg_catalog.format_type(ao.amoprighttype, NULL))
                   || CASE WHEN ao.amoppurpose = 'o' THEN (SELECT format(' FOR ORDER BY %%I.%%I', sfn.nspname, sf.opfname)
                                                           FROM pg_catalog.pg_opfamily sf JOIN pg_catalog.pg_namespace sfn ON sfn.oid = sf.opfnamespace
                                                           WHERE sf.oid = ao.amopsortfamily) ELSE '' END AS member
            FROM pg_catalog.pg_amop ao JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_amop'::regclass AND d.objid = ao.oid
            JOIN pg_catalog.pg_operator op ON op.oid = ao.amopopr JOIN pg_catalog.pg_namespace opn ON opn.oid = op.oprnamespace
            WHERE d.refclassid = '%1$s'::regclass AND d.refobjid = %2$s AND d.deptype = '%3$s'
            UNION ALL
            SELECT 2, ap.amprocnum, format('FUNCTION %%s (%%s, %%s) %%I.%%I(%%s)', ap.amprocnum, pg_catalog.format_type(ap.amproclefttype, NULL),
                                           pg_catalog.format_type(ap.amprocrighttype, NULL), pn.nspname, p.proname,
                                           pg_catalog.pg_get_function_identity_arguments(p.oid))
            FROM pg_catalog.pg_amproc ap JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_amproc'::regclass AND d.objid = ap.oid
            JOIN pg_catalog.pg_proc p ON p.oid = ap.amproc JOIN pg_catalog.pg_namespace pn ON pn.oid = p.pronamespace
            WHERE d.refclassid = '%1$s'::regclass AND d.refobjid = %2$s AND d.deptype = '%3$s'""";

    static final String OBJECTS = """
            -- name as text: of type name (the first branch's), a routine's signature was cut at 63 characters
            SELECT 'extension' AS kind, n.nspname, e.extname::text AS name, NULL AS tbl,
                   format('CREATE EXTENSION IF NOT EXISTS %I WITH SCHEMA %I', e.extname, n.nspname)
                   -- a comment other than the one CREATE EXTENSION gives (its control file's) goes with it: Sourcegraph
                   -- keeps pg_stat_statements' older comment; IS NULL where it was removed
                   || CASE WHEN ds.description IS NOT DISTINCT FROM (SELECT v.comment FROM pg_catalog.pg_available_extension_versions v
                                                                     WHERE v.name = e.extname AND v.version = e.extversion)
                           THEN '' ELSE format(E';\nCOMMENT ON EXTENSION %I IS %L', e.extname, ds.description) END AS def
            FROM pg_catalog.pg_extension e JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
            LEFT JOIN pg_catalog.pg_description ds ON ds.objoid = e.oid AND ds.classoid = 'pg_catalog.pg_extension'::regclass
            WHERE e.extname <> 'plpgsql' AND n.nspname = ANY (?)
            UNION ALL
            -- collations (a column, an index or a function body may use one), as pg_dump writes them; the ICU locale
            -- column is colliculocale in PostgreSQL 15 and 16, colllocale from 17: read by name from the row
            SELECT 'collation', n.nspname, c.collname, NULL,
                   format('CREATE COLLATION %I.%I (provider = %s', n.nspname, c.collname,
                          CASE c.collprovider WHEN 'i' THEN 'icu' WHEN 'c' THEN 'libc' ELSE 'default' END)
                   || CASE WHEN c.collprovider = 'i'
                           THEN format(', locale = %L', COALESCE(to_jsonb(c) ->> 'colllocale', to_jsonb(c) ->> 'colliculocale'))
                                || COALESCE(', rules = ' || quote_literal(to_jsonb(c) ->> 'collicurules'), '')
                           WHEN c.collcollate = c.collctype THEN format(', locale = %L', c.collcollate)
                           ELSE format(', lc_collate = %L, lc_ctype = %L', c.collcollate, c.collctype) END
                   || CASE WHEN c.collisdeterministic THEN '' ELSE ', deterministic = false' END || ')'
            FROM pg_catalog.pg_collation c JOIN pg_catalog.pg_namespace n ON n.oid = c.collnamespace
            WHERE n.nspname = ANY (?) %COLLATION_NOT_IN_EXTENSION%
            UNION ALL
            -- text search dictionaries (a configuration maps tokens to them), as pg_dump writes them
            SELECT 'text search dictionary', n.nspname, d.dictname, NULL,
                   format('CREATE TEXT SEARCH DICTIONARY %I.%I (TEMPLATE = %I.%I%s)', n.nspname, d.dictname, tn.nspname, t.tmplname,
                          COALESCE(', ' || d.dictinitoption, ''))
                   || CASE WHEN ds.description IS NULL THEN '' ELSE format(E';\nCOMMENT ON TEXT SEARCH DICTIONARY %I.%I IS %L', n.nspname, d.dictname, ds.description) END
            FROM pg_catalog.pg_ts_dict d JOIN pg_catalog.pg_namespace n ON n.oid = d.dictnamespace
            JOIN pg_catalog.pg_ts_template t ON t.oid = d.dicttemplate JOIN pg_catalog.pg_namespace tn ON tn.oid = t.tmplnamespace
            LEFT JOIN pg_catalog.pg_description ds ON ds.objoid = d.oid AND ds.classoid = 'pg_catalog.pg_ts_dict'::regclass
            WHERE n.nspname = ANY (?) %TS_DICT_NOT_IN_EXTENSION%
            UNION ALL
            -- text search configurations (a function or an index may name one), with their mappings, as pg_dump writes them
            SELECT 'text search configuration', n.nspname, c.cfgname, NULL,
                   format('CREATE TEXT SEARCH CONFIGURATION %I.%I (PARSER = %I.%I)', n.nspname, c.cfgname, pn.nspname, p.prsname)
                   || COALESCE((SELECT string_agg(format(E';\nALTER TEXT SEARCH CONFIGURATION %I.%I ADD MAPPING FOR %s WITH %s',
                                                        n.nspname, c.cfgname, t.alias, m.dicts), '' ORDER BY m.maptokentype)
                                FROM (SELECT mm.maptokentype, string_agg(format('%I.%I', dn.nspname, d.dictname), ', '
                                                                         ORDER BY mm.mapseqno) AS dicts
                                      FROM pg_catalog.pg_ts_config_map mm JOIN pg_catalog.pg_ts_dict d ON d.oid = mm.mapdict
                                      JOIN pg_catalog.pg_namespace dn ON dn.oid = d.dictnamespace
                                      WHERE mm.mapcfg = c.oid GROUP BY mm.maptokentype) m
                                JOIN pg_catalog.ts_token_type(c.cfgparser) t ON t.tokid = m.maptokentype), '')
            FROM pg_catalog.pg_ts_config c JOIN pg_catalog.pg_namespace n ON n.oid = c.cfgnamespace
            JOIN pg_catalog.pg_ts_parser p ON p.oid = c.cfgparser JOIN pg_catalog.pg_namespace pn ON pn.oid = p.prsnamespace
            WHERE n.nspname = ANY (?) %TS_CONFIG_NOT_IN_EXTENSION%
            UNION ALL
            -- range types columns may use (composite types are the model's, Schema.compositeTypes)
            SELECT 'type', n.nspname, t.typname, NULL,
                   (SELECT format('CREATE TYPE %I.%I AS RANGE (SUBTYPE = %s)', n.nspname, t.typname,
                                  pg_catalog.format_type(r.rngsubtype, NULL))
                    FROM pg_catalog.pg_range r WHERE r.rngtypid = t.oid)
            FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
            WHERE n.nspname = ANY (?) AND t.typtype = 'r' %TYPE_NOT_IN_EXTENSION%
            UNION ALL
            -- the schemas of the scope but public (which every database has), the first one too when it is not
            -- public, so that a dump or a plan from an empty database creates them; listed under the first schema
            SELECT 'schema', ((?)::text[])[1], n.nspname, NULL, format('CREATE SCHEMA IF NOT EXISTS %I', n.nspname)
                   || CASE WHEN ds.description IS NULL THEN '' ELSE format(E';\nCOMMENT ON SCHEMA %I IS %L', n.nspname, ds.description) END
            FROM pg_catalog.pg_namespace n
            LEFT JOIN pg_catalog.pg_description ds ON ds.objoid = n.oid AND ds.classoid = 'pg_catalog.pg_namespace'::regclass
            WHERE n.nspname = ANY (?) AND n.nspname <> 'public'
            UNION ALL
            SELECT CASE p.prokind WHEN 'p' THEN 'procedure' WHEN 'a' THEN 'aggregate' ELSE 'function' END, n.nspname,
                   p.proname || '(' || pg_catalog.pg_get_function_identity_arguments(p.oid) || ')', NULL,
                   CASE WHEN p.prokind = 'a' THEN
                        (SELECT format('CREATE AGGREGATE %I.%I(%s) (SFUNC = %s, STYPE = %s%s%s)', n.nspname, p.proname,
                                       pg_catalog.pg_get_function_identity_arguments(p.oid), a.aggtransfn::regproc,
                                       pg_catalog.format_type(a.aggtranstype, NULL),
                                       CASE WHEN a.aggfinalfn <> 0 THEN ', FINALFUNC = ' || a.aggfinalfn::regproc ELSE '' END,
                                       CASE WHEN a.agginitval IS NOT NULL THEN ', INITCOND = ' || quote_literal(a.agginitval) ELSE '' END)
                         FROM pg_catalog.pg_aggregate a WHERE a.aggfnoid = p.oid)
                        ELSE pg_catalog.pg_get_functiondef(p.oid) END
                   -- its comment goes with it, as a trigger's does (LedgerSMB comments its functions and aggregates)
                   || CASE WHEN ds.description IS NULL THEN '' ELSE format(E';\nCOMMENT ON %s %I.%I(%s) IS %L',
                                      CASE p.prokind WHEN 'p' THEN 'PROCEDURE' WHEN 'a' THEN 'AGGREGATE' ELSE 'FUNCTION' END,
                                      n.nspname, p.proname, pg_catalog.pg_get_function_identity_arguments(p.oid), ds.description) END
            FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
            LEFT JOIN pg_catalog.pg_description ds ON ds.objoid = p.oid AND ds.classoid = 'pg_catalog.pg_proc'::regclass
                                                   AND ds.objsubid = 0
            WHERE n.nspname = ANY (?) %PROC_NOT_IN_EXTENSION%
              -- a range type's constructors are made (and dropped) with the type
              AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend i WHERE i.classid = 'pg_catalog.pg_proc'::regclass
                              AND i.objid = p.oid AND i.deptype = 'i')
            UNION ALL
            -- operators (a function of the schema behind a symbol views and indexes may use), as pg_dump writes them
            SELECT 'operator', n.nspname,
                   o.oprname || '(' || COALESCE(pg_catalog.format_type(o.oprleft, NULL), 'NONE') || ', '
                   || COALESCE(pg_catalog.format_type(o.oprright, NULL), 'NONE') || ')', NULL,
                   format('CREATE OPERATOR %I.%s (FUNCTION = %I.%I', n.nspname, o.oprname, fn.nspname, f.proname)
                   || CASE WHEN o.oprleft <> 0 THEN ', LEFTARG = ' || pg_catalog.format_type(o.oprleft, NULL) ELSE '' END
                   || CASE WHEN o.oprright <> 0 THEN ', RIGHTARG = ' || pg_catalog.format_type(o.oprright, NULL) ELSE '' END
                   || COALESCE((SELECT format(', COMMUTATOR = OPERATOR(%I.%s)', cn.nspname, c.oprname) FROM pg_catalog.pg_operator c
                                JOIN pg_catalog.pg_namespace cn ON cn.oid = c.oprnamespace WHERE c.oid = o.oprcom), '')
                   || COALESCE((SELECT format(', NEGATOR = OPERATOR(%I.%s)', cn.nspname, c.oprname) FROM pg_catalog.pg_operator c
                                JOIN pg_catalog.pg_namespace cn ON cn.oid = c.oprnamespace WHERE c.oid = o.oprnegate), '')
                   || CASE WHEN o.oprrest <> 0 THEN ', RESTRICT = ' || o.oprrest::text ELSE '' END
                   || CASE WHEN o.oprjoin <> 0 THEN ', JOIN = ' || o.oprjoin::text ELSE '' END
                   || CASE WHEN o.oprcanhash THEN ', HASHES' ELSE '' END
                   || CASE WHEN o.oprcanmerge THEN ', MERGES' ELSE '' END || ')'
            FROM pg_catalog.pg_operator o JOIN pg_catalog.pg_namespace n ON n.oid = o.oprnamespace
            JOIN pg_catalog.pg_proc f ON f.oid = o.oprcode JOIN pg_catalog.pg_namespace fn ON fn.oid = f.pronamespace
            WHERE n.nspname = ANY (?) %OPERATOR_NOT_IN_EXTENSION%
            UNION ALL
            -- procedural languages, access methods, foreign data wrappers and servers are the database's, not a schema's:
            -- those made by the user (not built in, not an extension's), listed under the first schema, as pg_dump writes them
            SELECT 'language', ((?)::text[])[1], l.lanname, NULL,
                   format('CREATE %sLANGUAGE %I HANDLER %I.%I', CASE WHEN l.lanpltrusted THEN 'TRUSTED ' ELSE '' END, l.lanname, hn.nspname, h.proname)
                   || COALESCE((SELECT format(' INLINE %I.%I', pn.nspname, p.proname) FROM pg_catalog.pg_proc p
                                JOIN pg_catalog.pg_namespace pn ON pn.oid = p.pronamespace WHERE p.oid = l.laninline), '')
                   || COALESCE((SELECT format(' VALIDATOR %I.%I', pn.nspname, p.proname) FROM pg_catalog.pg_proc p
                                JOIN pg_catalog.pg_namespace pn ON pn.oid = p.pronamespace WHERE p.oid = l.lanvalidator), '')
                   || CASE WHEN ds.description IS NULL THEN '' ELSE format(E';\nCOMMENT ON LANGUAGE %I IS %L', l.lanname, ds.description) END
            FROM pg_catalog.pg_language l JOIN pg_catalog.pg_proc h ON h.oid = l.lanplcallfoid
            JOIN pg_catalog.pg_namespace hn ON hn.oid = h.pronamespace
            LEFT JOIN pg_catalog.pg_description ds ON ds.objoid = l.oid AND ds.classoid = 'pg_catalog.pg_language'::regclass
            WHERE l.oid >= 16384 AND l.lanispl %LANGUAGE_NOT_IN_EXTENSION%
            UNION ALL
            SELECT 'access method', ((?)::text[])[1], a.amname, NULL,
                   format('CREATE ACCESS METHOD %I TYPE %s HANDLER %I.%I', a.amname, CASE a.amtype WHEN 'i' THEN 'INDEX' ELSE 'TABLE' END,
                          hn.nspname, h.proname)
                   || CASE WHEN ds.description IS NULL THEN '' ELSE format(E';\nCOMMENT ON ACCESS METHOD %I IS %L', a.amname, ds.description) END
            FROM pg_catalog.pg_am a JOIN pg_catalog.pg_proc h ON h.oid = a.amhandler JOIN pg_catalog.pg_namespace hn ON hn.oid = h.pronamespace
            LEFT JOIN pg_catalog.pg_description ds ON ds.objoid = a.oid AND ds.classoid = 'pg_catalog.pg_am'::regclass
            WHERE a.oid >= 16384 %AM_NOT_IN_EXTENSION%
            UNION ALL
            SELECT 'foreign data wrapper', ((?)::text[])[1], w.fdwname, NULL,
                   format('CREATE FOREIGN DATA WRAPPER %I', w.fdwname)
                   || COALESCE((SELECT format(' HANDLER %I.%I', pn.nspname, p.proname) FROM pg_catalog.pg_proc p
                                JOIN pg_catalog.pg_namespace pn ON pn.oid = p.pronamespace WHERE p.oid = w.fdwhandler), '')
                   || COALESCE((SELECT format(' VALIDATOR %I.%I', pn.nspname, p.proname) FROM pg_catalog.pg_proc p
                                JOIN pg_catalog.pg_namespace pn ON pn.oid = p.pronamespace WHERE p.oid = w.fdwvalidator), '')
                   || COALESCE((SELECT ' OPTIONS (' || string_agg(format('%I %L', o.option_name, o.option_value), ', ' ORDER BY o.ord) || ')'
                                FROM pg_catalog.pg_options_to_table(w.fdwoptions) WITH ORDINALITY o(option_name, option_value, ord)), '')
                   || CASE WHEN ds.description IS NULL THEN '' ELSE format(E';\nCOMMENT ON FOREIGN DATA WRAPPER %I IS %L', w.fdwname, ds.description) END
            FROM pg_catalog.pg_foreign_data_wrapper w
            LEFT JOIN pg_catalog.pg_description ds ON ds.objoid = w.oid AND ds.classoid = 'pg_catalog.pg_foreign_data_wrapper'::regclass
            WHERE w.oid >= 16384 %FDW_NOT_IN_EXTENSION%
            UNION ALL
            SELECT 'foreign server', ((?)::text[])[1], s.srvname, NULL,
                   format('CREATE SERVER %I%s%s FOREIGN DATA WRAPPER %I', s.srvname, COALESCE(' TYPE ' || quote_literal(s.srvtype), ''),
                          COALESCE(' VERSION ' || quote_literal(s.srvversion), ''), w.fdwname)
                   || COALESCE((SELECT ' OPTIONS (' || string_agg(format('%I %L', o.option_name, o.option_value), ', ' ORDER BY o.ord) || ')'
                                FROM pg_catalog.pg_options_to_table(s.srvoptions) WITH ORDINALITY o(option_name, option_value, ord)), '')
                   || CASE WHEN ds.description IS NULL THEN '' ELSE format(E';\nCOMMENT ON SERVER %I IS %L', s.srvname, ds.description) END
            FROM pg_catalog.pg_foreign_server s JOIN pg_catalog.pg_foreign_data_wrapper w ON w.oid = s.srvfdw
            LEFT JOIN pg_catalog.pg_description ds ON ds.objoid = s.oid AND ds.classoid = 'pg_catalog.pg_foreign_server'::regclass
            WHERE TRUE %SERVER_NOT_IN_EXTENSION%
            UNION ALL
            -- no definition: a user mapping's options hold the remote password (pg_user_mappings shows them only to some
            -- roles), which a dump must not spell out; listed, and named as left out
            SELECT 'user mapping', ((?)::text[])[1],
                   format('FOR %s SERVER %I', CASE WHEN um.umuser = 0 THEN 'PUBLIC' ELSE quote_ident(um.usename) END, um.srvname), NULL, NULL
            FROM pg_catalog.pg_user_mappings um
            UNION ALL
            -- foreign tables (the model's tables are plain and partitioned ones), as pg_dump writes them: columns with their
            -- options, collation, default and NOT NULL, the server and options, checks, comments; a partition as PARTITION OF
            -- its parent, listed on it; one that INHERITS tables with its own columns and checks only, listed on its first parent
            SELECT 'foreign table', n.nspname, c.relname, p.relname,
                   -- a partition's columns are its parent's
                   CASE WHEN c.relispartition THEN format('CREATE FOREIGN TABLE %I.%I PARTITION OF %I.%I %s', n.nspname, c.relname,
                                                          pn.nspname, p.relname, pg_catalog.pg_get_expr(c.relpartbound, c.oid))
                   ELSE format('CREATE FOREIGN TABLE %I.%I (', n.nspname, c.relname)
                   || COALESCE((SELECT string_agg(format(E'\n    %I %s', a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod))
                                    || COALESCE((SELECT ' OPTIONS (' || string_agg(format('%I %L', o.option_name, o.option_value), ', ' ORDER BY o.ord) || ')'
                                                 FROM pg_catalog.pg_options_to_table(a.attfdwoptions) WITH ORDINALITY o(option_name, option_value, ord)), '')
                                    || COALESCE((SELECT format(' COLLATE %I.%I', cn.nspname, co.collname) FROM pg_catalog.pg_collation co
                                                 JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
                                                 WHERE co.oid = a.attcollation AND a.attcollation <> t.typcollation), '')
                                    || COALESCE(' DEFAULT ' || pg_catalog.pg_get_expr(d.adbin, d.adrelid), '')
                                    || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END, ',' ORDER BY a.attnum)
                                FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
                                LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
                                WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attislocal), '') || E'\n)'
                   -- one that INHERITS tables: its own columns above, then its parents in order, as pg_dump writes it
                   || COALESCE((SELECT ' INHERITS (' || string_agg(format('%I.%I', hn.nspname, hc.relname), ', ' ORDER BY h.inhseqno) || ')'
                                FROM pg_catalog.pg_inherits h JOIN pg_catalog.pg_class hc ON hc.oid = h.inhparent
                                JOIN pg_catalog.pg_namespace hn ON hn.oid = hc.relnamespace WHERE h.inhrelid = c.oid), '') END
                   || format(' SERVER %I', s.srvname)
                   || COALESCE((SELECT ' OPTIONS (' || string_agg(format('%I %L', o.option_name, o.option_value), ', ' ORDER BY o.ord) || ')'
                                FROM pg_catalog.pg_options_to_table(ft.ftoptions) WITH ORDINALITY o(option_name, option_value, ord)), '')
                   || COALESCE((SELECT string_agg(format(E';\nALTER FOREIGN TABLE %I.%I ADD CONSTRAINT %I %s', n.nspname, c.relname, k.conname,
                                                         pg_catalog.pg_get_constraintdef(k.oid)), '' ORDER BY k.conname)
                                FROM pg_catalog.pg_constraint k WHERE k.conrelid = c.oid AND k.contype = 'c' AND k.conislocal), '')
                   -- an inherited column's default that is not its first parent's, NOT NULL no parent imposes
                   || COALESCE((SELECT string_agg(format(E';\nALTER FOREIGN TABLE ONLY %I.%I ALTER COLUMN %I ', n.nspname, c.relname, a.attname)
                                                  || CASE WHEN d.oid IS NULL THEN 'DROP DEFAULT'
                                                          ELSE 'SET DEFAULT ' || pg_catalog.pg_get_expr(d.adbin, d.adrelid) END,
                                                  '' ORDER BY a.attnum)
                                FROM pg_catalog.pg_attribute a
                                LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
                                WHERE NOT c.relispartition AND a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND NOT a.attislocal
                                  AND pg_catalog.pg_get_expr(d.adbin, d.adrelid) IS DISTINCT FROM
                                      (SELECT pg_catalog.pg_get_expr(pd.adbin, pd.adrelid)
                                       FROM pg_catalog.pg_inherits pi
                                       JOIN pg_catalog.pg_attribute pa ON pa.attrelid = pi.inhparent AND pa.attname = a.attname
                                            AND NOT pa.attisdropped
                                       LEFT JOIN pg_catalog.pg_attrdef pd ON pd.adrelid = pa.attrelid AND pd.adnum = pa.attnum
                                       WHERE pi.inhrelid = c.oid ORDER BY pi.inhseqno LIMIT 1)), '')
                   || COALESCE((SELECT string_agg(format(E';\nALTER FOREIGN TABLE ONLY %I.%I ALTER COLUMN %I SET NOT NULL',
                                                         n.nspname, c.relname, a.attname), '' ORDER BY a.attnum)
                                FROM pg_catalog.pg_attribute a
                                WHERE NOT c.relispartition AND a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                                  AND a.attnotnull AND NOT a.attislocal
                                  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits pi
                                                  JOIN pg_catalog.pg_attribute pa ON pa.attrelid = pi.inhparent AND pa.attname = a.attname
                                                  WHERE pi.inhrelid = c.oid AND pa.attnotnull)), '')
                   || CASE WHEN ds.description IS NULL THEN '' ELSE format(E';\nCOMMENT ON FOREIGN TABLE %I.%I IS %L', n.nspname, c.relname, ds.description) END
                   || COALESCE((SELECT string_agg(format(E';\nCOMMENT ON COLUMN %I.%I.%I IS %L', n.nspname, c.relname, a.attname,
                                                         cd.description), '' ORDER BY a.attnum)
                                FROM pg_catalog.pg_description cd
                                JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum = cd.objsubid
                                WHERE cd.objoid = c.oid AND cd.classoid = 'pg_catalog.pg_class'::regclass AND cd.objsubid > 0), '')
            FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_catalog.pg_foreign_table ft ON ft.ftrelid = c.oid JOIN pg_catalog.pg_foreign_server s ON s.oid = ft.ftserver
            LEFT JOIN pg_catalog.pg_inherits i ON i.inhrelid = c.oid AND i.inhseqno = 1
            LEFT JOIN pg_catalog.pg_class p ON p.oid = i.inhparent LEFT JOIN pg_catalog.pg_namespace pn ON pn.oid = p.relnamespace
            LEFT JOIN pg_catalog.pg_description ds ON ds.objoid = c.oid AND ds.classoid = 'pg_catalog.pg_class'::regclass
                                                   AND ds.objsubid = 0
            WHERE c.relkind = 'f' AND n.nspname = ANY (?) %CLASS_NOT_IN_EXTENSION%
            UNION ALL
            -- conversions, as pg_dump writes them
            SELECT 'conversion', n.nspname, c.conname, NULL,
                   format('CREATE %sCONVERSION %I.%I FOR %L TO %L FROM %I.%I', CASE WHEN c.condefault THEN 'DEFAULT ' ELSE '' END,
                          n.nspname, c.conname, pg_catalog.pg_encoding_to_char(c.conforencoding),
                          pg_catalog.pg_encoding_to_char(c.contoencoding), pn.nspname, p.proname)
                   || CASE WHEN ds.description IS NULL THEN '' ELSE format(E';\nCOMMENT ON CONVERSION %I.%I IS %L', n.nspname, c.conname, ds.description) END
            FROM pg_catalog.pg_conversion c JOIN pg_catalog.pg_namespace n ON n.oid = c.connamespace
            JOIN pg_catalog.pg_proc p ON p.oid = c.conproc JOIN pg_catalog.pg_namespace pn ON pn.oid = p.pronamespace
            LEFT JOIN pg_catalog.pg_description ds ON ds.objoid = c.oid AND ds.classoid = 'pg_catalog.pg_conversion'::regclass
            WHERE n.nspname = ANY (?) %CONVERSION_NOT_IN_EXTENSION%
            UNION ALL
            -- operator families and classes (an index may name a class), as pg_dump writes them: a family's own members
            -- (ALTER OPERATOR FAMILY ... ADD) with it, a class's members in its CREATE; operators and functions
            -- schema-qualified, named as the operator and function kinds name them
            SELECT 'operator family', n.nspname, f.opfname || ' USING ' || am.amname, NULL,
                   format('CREATE OPERATOR FAMILY %I.%I USING %I', n.nspname, f.opfname, am.amname)
                   || COALESCE((SELECT string_agg(format(E';\nALTER OPERATOR FAMILY %I.%I USING %I ADD %s', n.nspname, f.opfname, am.amname, m.member),
                                                  '' ORDER BY m.ord, m.num, m.member)
                                FROM (%FAMILY_MEMBERS%) m), '')
                   || CASE WHEN ds.description IS NULL THEN '' ELSE format(E';\nCOMMENT ON OPERATOR FAMILY %I.%I USING %I IS %L', n.nspname, f.opfname, am.amname, ds.description) END
            FROM pg_catalog.pg_opfamily f JOIN pg_catalog.pg_namespace n ON n.oid = f.opfnamespace JOIN pg_catalog.pg_am am ON am.oid = f.opfmethod
            LEFT JOIN pg_catalog.pg_description ds ON ds.objoid = f.oid AND ds.classoid = 'pg_catalog.pg_opfamily'::regclass
            WHERE n.nspname = ANY (?) %OPFAMILY_NOT_IN_EXTENSION%
            UNION ALL
            SELECT 'operator class', n.nspname, c.opcname || ' USING ' || am.amname, NULL,
                   format('CREATE OPERATOR CLASS %I.%I%s FOR TYPE %s USING %I FAMILY %I.%I AS ', n.nspname, c.opcname,
                          CASE WHEN c.opcdefault THEN ' DEFAULT' ELSE '' END, pg_catalog.format_type(c.opcintype, NULL), am.amname, fn.nspname, f.opfname)
                   || (SELECT string_agg(m.member, ', ' ORDER BY m.ord, m.num, m.member)
                       FROM (%CLASS_MEMBERS%
                             UNION ALL
                             SELECT 3, 0, 'STORAGE ' || pg_catalog.format_type(c.opckeytype, NULL) WHERE c.opckeytype <> 0) m)
                   || CASE WHEN ds.description IS NULL THEN '' ELSE format(E';\nCOMMENT ON OPERATOR CLASS %I.%I USING %I IS %L', n.nspname, c.opcname, am.amname, ds.description) END
            FROM pg_catalog.pg_opclass c JOIN pg_catalog.pg_namespace n ON n.oid = c.opcnamespace JOIN pg_catalog.pg_am am ON am.oid = c.opcmethod
            JOIN pg_catalog.pg_opfamily f ON f.oid = c.opcfamily JOIN pg_catalog.pg_namespace fn ON fn.oid = f.opfnamespace
            LEFT JOIN pg_catalog.pg_description ds ON ds.objoid = c.oid AND ds.classoid = 'pg_catalog.pg_opclass'::regclass
            WHERE n.nspname = ANY (?) %OPCLASS_NOT_IN_EXTENSION%
            UNION ALL
            -- casts made by the user (not built in, not an extension's) whose function or either type is the scope's,
            -- as pg_dump writes them; listed under the function's schema, else the source or target type's
            SELECT 'cast', COALESCE(fn.nspname, CASE WHEN sn.nspname = ANY (?) THEN sn.nspname ELSE tn.nspname END),
                   pg_catalog.format_type(c.castsource, NULL) || ' AS ' || pg_catalog.format_type(c.casttarget, NULL), NULL,
                   format('CREATE CAST (%s AS %s) %s%s', pg_catalog.format_type(c.castsource, NULL), pg_catalog.format_type(c.casttarget, NULL),
                          CASE c.castmethod WHEN 'f' THEN format('WITH FUNCTION %I.%I(%s)', fn.nspname, f.proname,
                                                                 pg_catalog.pg_get_function_identity_arguments(f.oid))
                                            WHEN 'i' THEN 'WITH INOUT' ELSE 'WITHOUT FUNCTION' END,
                          CASE c.castcontext WHEN 'a' THEN ' AS ASSIGNMENT' WHEN 'i' THEN ' AS IMPLICIT' ELSE '' END)
                   || CASE WHEN ds.description IS NULL THEN '' ELSE format(E';\nCOMMENT ON CAST (%s AS %s) IS %L',
                          pg_catalog.format_type(c.castsource, NULL), pg_catalog.format_type(c.casttarget, NULL), ds.description) END
            FROM pg_catalog.pg_cast c
            JOIN pg_catalog.pg_type st ON st.oid = c.castsource JOIN pg_catalog.pg_namespace sn ON sn.oid = st.typnamespace
            JOIN pg_catalog.pg_type tt ON tt.oid = c.casttarget JOIN pg_catalog.pg_namespace tn ON tn.oid = tt.typnamespace
            LEFT JOIN pg_catalog.pg_proc f ON f.oid = c.castfunc LEFT JOIN pg_catalog.pg_namespace fn ON fn.oid = f.pronamespace
            LEFT JOIN pg_catalog.pg_description ds ON ds.objoid = c.oid AND ds.classoid = 'pg_catalog.pg_cast'::regclass
            WHERE c.oid >= 16384 AND (fn.nspname = ANY (?) OR sn.nspname = ANY (?) OR tn.nspname = ANY (?)) %CAST_NOT_IN_EXTENSION%
              -- not one PostgreSQL makes itself (a range type's cast to its multirange goes with the type)
              AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend i WHERE i.classid = 'pg_catalog.pg_cast'::regclass
                              AND i.objid = c.oid AND i.deptype = 'i')
            UNION ALL
            SELECT CASE c.relkind WHEN 'v' THEN 'view' ELSE 'materialized view' END, n.nspname, c.relname, NULL,
                   format('CREATE %s %I.%I%s AS', CASE c.relkind WHEN 'v' THEN 'VIEW' ELSE 'MATERIALIZED VIEW' END,
                          n.nspname, c.relname,
                          CASE WHEN c.reloptions IS NOT NULL THEN ' WITH (' || array_to_string(c.reloptions, ', ') || ')' ELSE '' END)
                   || E'\\n' || rtrim(rtrim(pg_catalog.pg_get_viewdef(c.oid)), ';')
                   || CASE WHEN c.relkind = 'm' THEN E'\\n  WITH NO DATA' ELSE '' END
                   -- its comment and its columns' go with it
                   || CASE WHEN ds.description IS NULL THEN '' ELSE format(E';\nCOMMENT ON %s %I.%I IS %L', CASE c.relkind WHEN 'v' THEN 'VIEW' ELSE 'MATERIALIZED VIEW' END,
                                      n.nspname, c.relname, ds.description) END
                   || COALESCE((SELECT string_agg(format(E';\nCOMMENT ON COLUMN %I.%I.%I IS %L', n.nspname, c.relname, a.attname,
                                                         cd.description), '' ORDER BY a.attnum)
                                FROM pg_catalog.pg_description cd
                                JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum = cd.objsubid
                                WHERE cd.objoid = c.oid AND cd.classoid = 'pg_catalog.pg_class'::regclass AND cd.objsubid > 0), '')
            FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_catalog.pg_description ds ON ds.objoid = c.oid AND ds.classoid = 'pg_catalog.pg_class'::regclass
                                                   AND ds.objsubid = 0
            WHERE c.relkind IN ('v', 'm') AND n.nspname = ANY (?) %CLASS_NOT_IN_EXTENSION%
            UNION ALL
            SELECT 'partitioning', n.nspname, c.relname, c.relname, 'PARTITION BY ' || pg_catalog.pg_get_partkeydef(c.oid)
            FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind = 'p' AND NOT c.relispartition AND n.nspname = ANY (?)
            UNION ALL
            -- a table property the model does not carry: written after the CREATE TABLE, never altered
            SELECT 'cluster', n.nspname, c.relname, c.relname, format('ALTER TABLE %I.%I CLUSTER ON %I', n.nspname, c.relname, i.relname)
            FROM pg_catalog.pg_index x JOIN pg_catalog.pg_class c ON c.oid = x.indrelid
            JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE x.indisclustered AND c.relkind IN ('r', 'p', 'm') AND NOT c.relispartition AND n.nspname = ANY (?)
            UNION ALL
            SELECT 'partition', n.nspname, c.relname, p.relname,
                   format('CREATE TABLE %I.%I PARTITION OF %I.%I ', n.nspname, c.relname, pn.nspname, p.relname)
                   || pg_catalog.pg_get_expr(c.relpartbound, c.oid)
                   || CASE WHEN c.relkind = 'p' THEN ' PARTITION BY ' || pg_catalog.pg_get_partkeydef(c.oid) ELSE '' END
                   -- PARTITION OF copies the parent's defaults and NOT NULLs, but a partition made on its own and
                   -- then attached (as pg_dump and Rails structure files do) keeps its own, and a default set on
                   -- the parent with ALTER TABLE ONLY is not on it: what differs is set or dropped after it
                   || COALESCE((SELECT string_agg(
                                    CASE WHEN pg_catalog.pg_get_expr(cd.adbin, cd.adrelid)
                                              IS DISTINCT FROM pg_catalog.pg_get_expr(pd.adbin, pd.adrelid)
                                         THEN format(E';\nALTER TABLE ONLY %I.%I ALTER COLUMN %I %s', n.nspname, c.relname, a.attname,
                                                     CASE WHEN cd.adbin IS NULL THEN 'DROP DEFAULT'
                                                          ELSE 'SET DEFAULT ' || pg_catalog.pg_get_expr(cd.adbin, cd.adrelid) END)
                                         ELSE '' END
                                    || CASE WHEN a.attnotnull AND NOT pa.attnotnull
                                            THEN format(E';\nALTER TABLE ONLY %I.%I ALTER COLUMN %I SET NOT NULL', n.nspname, c.relname, a.attname)
                                            ELSE '' END,
                                    '' ORDER BY a.attnum)
                                FROM pg_catalog.pg_attribute a
                                JOIN pg_catalog.pg_attribute pa ON pa.attrelid = p.oid AND pa.attname = a.attname
                                LEFT JOIN pg_catalog.pg_attrdef cd ON cd.adrelid = c.oid AND cd.adnum = a.attnum
                                LEFT JOIN pg_catalog.pg_attrdef pd ON pd.adrelid = p.oid AND pd.adnum = pa.attnum
                                WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                                  AND a.attgenerated = '' AND a.attidentity = '' AND pa.attidentity = ''
                                  AND (pg_catalog.pg_get_expr(cd.adbin, cd.adrelid)
                                           IS DISTINCT FROM pg_catalog.pg_get_expr(pd.adbin, pd.adrelid)
                                       OR (a.attnotnull AND NOT pa.attnotnull))), '')
                   -- PARTITION OF makes the partition's share of each of the parent's indexes under a name of its own
                   -- choosing: those that had another name get it back
                   || COALESCE((SELECT E';\nDO $$DECLARE r record; BEGIN FOR r IN SELECT x.indexrelid::regclass AS current, v.wanted FROM (VALUES '
                                       || string_agg(format('(%L, %L)', format('%I.%I', pin.nspname, pi.relname), ci.relname), ', '
                                                     ORDER BY ci.relname)
                                       || format(') v (parent, wanted) JOIN pg_catalog.pg_inherits h ON h.inhparent = v.parent::regclass'
                                                 ' JOIN pg_catalog.pg_index x ON x.indexrelid = h.inhrelid AND x.indrelid = %L::regclass'
                                                 ' JOIN pg_catalog.pg_class k ON k.oid = x.indexrelid WHERE k.relname <> v.wanted'
                                                 ' LOOP EXECUTE format(''ALTER INDEX %%s RENAME TO %%I'', r.current, r.wanted); END LOOP; END$$',
                                                 format('%I.%I', n.nspname, c.relname))
                                FROM pg_catalog.pg_index cx JOIN pg_catalog.pg_class ci ON ci.oid = cx.indexrelid
                                JOIN pg_catalog.pg_inherits ih ON ih.inhrelid = ci.oid
                                JOIN pg_catalog.pg_class pi ON pi.oid = ih.inhparent
                                JOIN pg_catalog.pg_namespace pin ON pin.oid = pi.relnamespace
                                WHERE cx.indrelid = c.oid), '')
            FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_catalog.pg_inherits i ON i.inhrelid = c.oid
            JOIN pg_catalog.pg_class p ON p.oid = i.inhparent JOIN pg_catalog.pg_namespace pn ON pn.oid = p.relnamespace
            WHERE c.relispartition AND c.relkind IN ('r', 'p') AND n.nspname = ANY (?)
            UNION ALL
            %CHILD_TABLES%
            UNION ALL
            SELECT 'index', n.nspname, i.relname, c.relname, pg_catalog.pg_get_indexdef(i.oid)
            FROM pg_catalog.pg_index x JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
            JOIN pg_catalog.pg_class c ON c.oid = x.indrelid JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ANY (?)
              -- IN rather than EXISTS (here and below): one hash of the few pg_inherits rows, not a subplan per pg_class row
              AND (c.relkind = 'm' OR (c.oid IN (SELECT h.inhrelid FROM pg_catalog.pg_inherits h)
                                       AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits ih WHERE ih.inhrelid = i.oid)))
              AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k WHERE k.conindid = i.oid AND k.conrelid = c.oid
                              AND k.contype IN ('p', 'u', 'x'))
            UNION ALL
            SELECT CASE con.contype WHEN 'x' THEN 'exclusion constraint' ELSE 'constraint' END, n.nspname, con.conname, c.relname,
                   format('ALTER TABLE ONLY %I.%I ADD CONSTRAINT %I ', n.nspname, c.relname, con.conname)
                   || pg_catalog.pg_get_constraintdef(con.oid)
                   -- its comment goes with it (COMMENT ON CONSTRAINT), as a trigger's does
                   || CASE WHEN ds.description IS NULL THEN '' ELSE format(E';\nCOMMENT ON CONSTRAINT %I ON %I.%I IS %L', con.conname, n.nspname, c.relname, ds.description) END
            FROM pg_catalog.pg_constraint con JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_catalog.pg_description ds ON ds.objoid = con.oid AND ds.classoid = 'pg_catalog.pg_constraint'::regclass
            WHERE n.nspname = ANY (?) AND con.conparentid = 0
              -- what follows, on pg_constraint alone (a partition is in pg_inherits too): filters before the join with pg_class
              AND (con.contype = 'x' OR con.conrelid IN (SELECT h.inhrelid FROM pg_catalog.pg_inherits h))
              AND (con.contype = 'x' OR (c.relispartition AND con.conislocal AND con.contype IN ('p', 'u', 'f', 'c'))
                   OR (NOT c.relispartition AND con.conislocal AND con.contype IN ('p', 'u', 'f')
                       AND c.oid IN (SELECT h.inhrelid FROM pg_catalog.pg_inherits h)))
            UNION ALL
            -- extended statistics (CREATE STATISTICS), with their statistics target and comment; PostgreSQL carries them
            -- through column renames and retypes, and drops them with their table
            SELECT 'statistics', n.nspname, s.stxname, c.relname, pg_catalog.pg_get_statisticsobjdef(s.oid)
                   || CASE WHEN s.stxstattarget >= 0
                           THEN format(E';\nALTER STATISTICS %I.%I SET STATISTICS %s', n.nspname, s.stxname, s.stxstattarget)
                           ELSE '' END
                   || CASE WHEN ds.description IS NULL THEN '' ELSE format(E';\nCOMMENT ON STATISTICS %I.%I IS %L', n.nspname, s.stxname, ds.description) END
            FROM pg_catalog.pg_statistic_ext s JOIN pg_catalog.pg_class c ON c.oid = s.stxrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = s.stxnamespace
            LEFT JOIN pg_catalog.pg_description ds ON ds.objoid = s.oid AND ds.classoid = 'pg_catalog.pg_statistic_ext'::regclass
            -- also those of another schema over a managed table: dropping a column under them drops them
            WHERE (n.nspname = ANY (?) OR c.relnamespace IN (SELECT mn.oid FROM pg_catalog.pg_namespace mn WHERE mn.nspname = ANY (?)))
                  %STATISTICS_NOT_IN_EXTENSION%
            UNION ALL
            -- its comment (Hasura's triggers have one) goes with it, as a schema's does
            SELECT 'trigger', n.nspname, t.tgname, c.relname, pg_catalog.pg_get_triggerdef(t.oid)
                   || CASE WHEN ds.description IS NULL THEN '' ELSE format(E';\nCOMMENT ON TRIGGER %I ON %I.%I IS %L', t.tgname, n.nspname, c.relname, ds.description) END
            FROM pg_catalog.pg_trigger t JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_catalog.pg_description ds ON ds.objoid = t.oid AND ds.classoid = 'pg_catalog.pg_trigger'::regclass
            WHERE NOT t.tgisinternal AND t.tgparentid = 0 AND n.nspname = ANY (?)
            UNION ALL
            -- a table's membership of a publication (its column list and row filter hold columns PostgreSQL will not
            -- drop or retype); no definition: listed, never created
            SELECT 'publication', n.nspname, p.pubname, c.relname, NULL
            FROM pg_catalog.pg_publication_rel pr JOIN pg_catalog.pg_publication p ON p.oid = pr.prpubid
            JOIN pg_catalog.pg_class c ON c.oid = pr.prrelid JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ANY (?)
            UNION ALL
            SELECT 'policy', pp.schemaname, pp.policyname, pp.tablename,
                   format('CREATE POLICY %I ON %I.%I AS %s FOR %s TO %s', pp.policyname, pp.schemaname, pp.tablename,
                          pp.permissive, pp.cmd, array_to_string(ARRAY(SELECT quote_ident(r) FROM unnest(pp.roles) r), ', '))
                   || COALESCE(' USING (' || pp.qual || ')', '') || COALESCE(' WITH CHECK (' || pp.with_check || ')', '')
            FROM pg_catalog.pg_policies pp WHERE pp.schemaname = ANY (?)
            UNION ALL
            SELECT 'rule', n.nspname, r.rulename, c.relname, rtrim(rtrim(pg_catalog.pg_get_ruledef(r.oid)), ';')
                   || CASE WHEN ds.description IS NULL THEN '' ELSE format(E';\nCOMMENT ON RULE %I ON %I.%I IS %L', r.rulename, n.nspname, c.relname, ds.description) END
            FROM pg_catalog.pg_rewrite r JOIN pg_catalog.pg_class c ON c.oid = r.ev_class
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_catalog.pg_description ds ON ds.objoid = r.oid AND ds.classoid = 'pg_catalog.pg_rewrite'::regclass
            WHERE r.rulename <> '_RETURN' AND n.nspname = ANY (?)
            UNION ALL
            -- event triggers (database-wide; those whose function is the scope's), written last as pg_dump does so that
            -- they do not fire while the rest is loaded; a state other than enabled and its comment go with them
            SELECT 'event trigger', fn.nspname, et.evtname, NULL,
                   format('CREATE EVENT TRIGGER %I ON %I%s EXECUTE FUNCTION %I.%I()', et.evtname, et.evtevent,
                          CASE WHEN et.evttags IS NULL THEN '' ELSE ' WHEN TAG IN ('
                               || (SELECT string_agg(quote_literal(tag), ', ') FROM unnest(et.evttags) tag) || ')' END,
                          fn.nspname, f.proname)
                   || CASE et.evtenabled WHEN 'D' THEN format(E';\nALTER EVENT TRIGGER %I DISABLE', et.evtname)
                                        WHEN 'R' THEN format(E';\nALTER EVENT TRIGGER %I ENABLE REPLICA', et.evtname)
                                        WHEN 'A' THEN format(E';\nALTER EVENT TRIGGER %I ENABLE ALWAYS', et.evtname) ELSE '' END
                   || CASE WHEN ds.description IS NULL THEN '' ELSE format(E';\nCOMMENT ON EVENT TRIGGER %I IS %L', et.evtname, ds.description) END
            FROM pg_catalog.pg_event_trigger et JOIN pg_catalog.pg_proc f ON f.oid = et.evtfoid
            JOIN pg_catalog.pg_namespace fn ON fn.oid = f.pronamespace
            LEFT JOIN pg_catalog.pg_description ds ON ds.objoid = et.oid AND ds.classoid = 'pg_catalog.pg_event_trigger'::regclass
            WHERE fn.nspname = ANY (?) %EVENT_TRIGGER_NOT_IN_EXTENSION%
            """
            .replace("%CHILD_TABLES%", PostgresChildTables.OBJECTS)
            .replace("%FAMILY_MEMBERS%", MEMBERS.formatted("pg_catalog.pg_opfamily", "f.oid", "a"))
            .replace("%CLASS_MEMBERS%", MEMBERS.formatted("pg_catalog.pg_opclass", "c.oid", "i"))
            .replace("%LANGUAGE_NOT_IN_EXTENSION%", NOT_IN_EXTENSION.formatted("pg_catalog.pg_language", "l.oid"))
            .replace("%AM_NOT_IN_EXTENSION%", NOT_IN_EXTENSION.formatted("pg_catalog.pg_am", "a.oid"))
            .replace("%FDW_NOT_IN_EXTENSION%", NOT_IN_EXTENSION.formatted("pg_catalog.pg_foreign_data_wrapper", "w.oid"))
            .replace("%SERVER_NOT_IN_EXTENSION%", NOT_IN_EXTENSION.formatted("pg_catalog.pg_foreign_server", "s.oid"))
            .replace("%CONVERSION_NOT_IN_EXTENSION%", NOT_IN_EXTENSION.formatted("pg_catalog.pg_conversion", "c.oid"))
            .replace("%OPFAMILY_NOT_IN_EXTENSION%", NOT_IN_EXTENSION.formatted("pg_catalog.pg_opfamily", "f.oid"))
            .replace("%OPCLASS_NOT_IN_EXTENSION%", NOT_IN_EXTENSION.formatted("pg_catalog.pg_opclass", "c.oid"))
            .replace("%COLLATION_NOT_IN_EXTENSION%", NOT_IN_EXTENSION.formatted("pg_catalog.pg_collation", "c.oid"))
            .replace("%TS_DICT_NOT_IN_EXTENSION%", NOT_IN_EXTENSION.formatted("pg_catalog.pg_ts_dict", "d.oid"))
            .replace("%CAST_NOT_IN_EXTENSION%", NOT_IN_EXTENSION.formatted("pg_catalog.pg_cast", "c.oid"))
            .replace("%EVENT_TRIGGER_NOT_IN_EXTENSION%", NOT_IN_EXTENSION.formatted("pg_catalog.pg_event_trigger", "et.oid"))
            .replace("%TS_CONFIG_NOT_IN_EXTENSION%", NOT_IN_EXTENSION.formatted("pg_catalog.pg_ts_config", "c.oid"))
            .replace("%TYPE_NOT_IN_EXTENSION%", NOT_IN_EXTENSION.formatted("pg_catalog.pg_type", "t.oid"))
            .replace("%PROC_NOT_IN_EXTENSION%", NOT_IN_EXTENSION.formatted("pg_catalog.pg_proc", "p.oid"))
            .replace("%OPERATOR_NOT_IN_EXTENSION%", NOT_IN_EXTENSION.formatted("pg_catalog.pg_operator", "o.oid"))
            .replace("%STATISTICS_NOT_IN_EXTENSION%", NOT_IN_EXTENSION.formatted("pg_catalog.pg_statistic_ext", "s.oid"))
            .replace("%CLASS_NOT_IN_EXTENSION%", NOT_IN_EXTENSION.formatted("pg_catalog.pg_class", "c.oid"));

    /*
     * The tables (and columns) each view, rule, trigger, constraint, policy or index depends on, one query per kind of
     * dependent object, run only for the kinds the objects query found: most schemas have none of them, and reading
     * pg_depend for nothing cost more than all the objects (see dependencies()).
     */
    /** What views, materialized views and rules depend on. */
    private static final String REWRITE_DEPENDENCIES = """
            SELECT CASE WHEN r.rulename = '_RETURN' THEN CASE o.relkind WHEN 'v' THEN 'view' ELSE 'materialized view' END
                        ELSE 'rule' END AS kind,
                   n.nspname, CASE WHEN r.rulename = '_RETURN' THEN o.relname ELSE r.rulename END AS name,
                   t.relname AS dep_table, a.attname AS dep_column, tn.nspname AS dep_schema
            FROM pg_catalog.pg_depend d
            JOIN pg_catalog.pg_rewrite r ON d.classid = 'pg_catalog.pg_rewrite'::regclass AND r.oid = d.objid
            JOIN pg_catalog.pg_class o ON o.oid = r.ev_class JOIN pg_catalog.pg_namespace n ON n.oid = o.relnamespace
            JOIN pg_catalog.pg_class t ON d.refclassid = 'pg_catalog.pg_class'::regclass AND t.oid = d.refobjid
            JOIN pg_catalog.pg_namespace tn ON tn.oid = t.relnamespace
            LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid AND d.refobjsubid > 0
            WHERE n.nspname = ANY (?) AND (r.rulename <> '_RETURN' OR t.oid <> o.oid)
            """;

    /** What triggers depend on. */
    private static final String TRIGGER_DEPENDENCIES = """
            SELECT 'trigger', n.nspname, tg.tgname, t.relname, a.attname, n.nspname
            FROM pg_catalog.pg_depend d
            JOIN pg_catalog.pg_trigger tg ON d.classid = 'pg_catalog.pg_trigger'::regclass AND tg.oid = d.objid
            JOIN pg_catalog.pg_class t ON d.refclassid = 'pg_catalog.pg_class'::regclass AND t.oid = d.refobjid
            JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
            LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid AND d.refobjsubid > 0
            WHERE n.nspname = ANY (?) AND NOT tg.tgisinternal
            """;

    /** What exclusion constraints and constraints of partitions depend on. */
    private static final String CONSTRAINT_DEPENDENCIES = """
            SELECT CASE con.contype WHEN 'x' THEN 'exclusion constraint' ELSE 'constraint' END, n.nspname, con.conname,
                   t.relname, a.attname, n.nspname
            FROM pg_catalog.pg_constraint con JOIN pg_catalog.pg_class t ON t.oid = con.conrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
            LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = t.oid AND a.attnum = ANY (con.conkey)
            WHERE n.nspname = ANY (?) AND con.conparentid = 0 AND (con.contype = 'x' OR t.relispartition)
            """;

    /**
     * What functions and procedures depend on: a SQL-standard body (BEGIN ATOMIC, RETURN) is parsed when created and
     * pg_depend records the tables and columns it reads, which PostgreSQL then refuses to drop or retype under it.
     */
    private static final String FUNCTION_DEPENDENCIES = """
            SELECT CASE p.prokind WHEN 'p' THEN 'procedure' ELSE 'function' END, n.nspname,
                   p.proname || '(' || pg_catalog.pg_get_function_identity_arguments(p.oid) || ')',
                   t.relname, a.attname, tn.nspname
            FROM pg_catalog.pg_depend d
            JOIN pg_catalog.pg_proc p ON d.classid = 'pg_catalog.pg_proc'::regclass AND p.oid = d.objid
            JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
            JOIN pg_catalog.pg_class t ON d.refclassid = 'pg_catalog.pg_class'::regclass AND t.oid = d.refobjid
            JOIN pg_catalog.pg_namespace tn ON tn.oid = t.relnamespace
            LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid AND d.refobjsubid > 0
            WHERE n.nspname = ANY (?) AND d.deptype = 'n'
            """;

    /** The columns of a publication's column lists and row filters, by table (PostgreSQL 15). */
    private static final String PUBLICATION_DEPENDENCIES = """
            SELECT 'publication', n.nspname, p.pubname, t.relname, a.attname, n.nspname
            FROM pg_catalog.pg_depend d
            JOIN pg_catalog.pg_publication_rel pr ON d.classid = 'pg_catalog.pg_publication_rel'::regclass AND pr.oid = d.objid
            JOIN pg_catalog.pg_publication p ON p.oid = pr.prpubid
            JOIN pg_catalog.pg_class t ON d.refclassid = 'pg_catalog.pg_class'::regclass AND t.oid = d.refobjid
            JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
            JOIN pg_catalog.pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid AND d.refobjsubid > 0
            WHERE n.nspname = ANY (?)
            """;

    /** What policies depend on. */
    private static final String POLICY_DEPENDENCIES = """
            SELECT 'policy', n.nspname, p.polname, t.relname, a.attname, n.nspname
            FROM pg_catalog.pg_depend d
            JOIN pg_catalog.pg_policy p ON d.classid = 'pg_catalog.pg_policy'::regclass AND p.oid = d.objid
            JOIN pg_catalog.pg_class t ON d.refclassid = 'pg_catalog.pg_class'::regclass AND t.oid = d.refobjid
            JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
            LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid AND d.refobjsubid > 0
            WHERE n.nspname = ANY (?)
            """;

    /**
     * What extended statistics depend on: the columns of their keys and of their expressions (stxkeys, stxexprs), as
     * pg_depend records them; DROP COLUMN of one drops the statistics object with it.
     */
    private static final String STATISTICS_DEPENDENCIES = """
            SELECT 'statistics', n.nspname, s.stxname, t.relname, a.attname, tn.nspname
            FROM pg_catalog.pg_depend d
            JOIN pg_catalog.pg_statistic_ext s ON d.classid = 'pg_catalog.pg_statistic_ext'::regclass AND s.oid = d.objid
            JOIN pg_catalog.pg_namespace n ON n.oid = s.stxnamespace
            JOIN pg_catalog.pg_class t ON d.refclassid = 'pg_catalog.pg_class'::regclass AND t.oid = d.refobjid
            JOIN pg_catalog.pg_namespace tn ON tn.oid = t.relnamespace
            LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid AND d.refobjsubid > 0
            WHERE n.nspname = ANY (?) OR tn.nspname = ANY (?)
            """;

    /** What indexes on materialized views and partitions depend on. */
    private static final String INDEX_DEPENDENCIES = """
            SELECT 'index', n.nspname, i.relname, t.relname, a.attname, n.nspname
            FROM pg_catalog.pg_index x JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
            JOIN pg_catalog.pg_class t ON t.oid = x.indrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
            LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = t.oid AND a.attnum = ANY (x.indkey::int2[])
            WHERE n.nspname = ANY (?) AND (t.relkind = 'm' OR t.relispartition)
            UNION ALL
            %CHILD_TABLE_PARENTS%
            """.replace("%CHILD_TABLE_PARENTS%", PostgresChildTables.PARENTS);

    /** The parents of foreign tables that INHERIT them: a plan that drops or renames one must not run. */
    private static final String FOREIGN_TABLE_PARENTS = """
            SELECT 'foreign table', n.nspname, c.relname, p.relname, NULL, pn.nspname
            FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace JOIN pg_catalog.pg_class p ON p.oid = i.inhparent
            JOIN pg_catalog.pg_namespace pn ON pn.oid = p.relnamespace
            WHERE c.relkind = 'f' AND NOT c.relispartition AND n.nspname = ANY (?)
            """;

    private PostgresUnmanaged() {
    }

    /**
     * @param objects       the result of {@link #OBJECTS} (run by the inspector with its other catalog queries)
     * @param defaultSchema objects of this schema get {@code schema} null (the model's "configured default schema")
     */
    static List<UnmanagedObject> read(ResultSet objects, Connection connection, Array schemas, String defaultSchema)
            throws SQLException {
        record Row(String kind, String schema, String name, String table, String definition) {
        }
        List<Row> rows = new ArrayList<>();
        while (objects.next()) {
            rows.add(new Row(objects.getString("kind"), objects.getString("nspname"), objects.getString("name"),
                    objects.getString("tbl"), objects.getString("def")));
        }
        Map<String, List<String>> dependencies = dependencies(connection, schemas,
                rows.stream().map(Row::kind).collect(Collectors.toSet()), defaultSchema);
        List<UnmanagedObject> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            out.add(new UnmanagedObject(r.kind(), r.schema().equals(defaultSchema) ? null : r.schema(), r.name(), r.table(),
                    r.definition(), dependencies.getOrDefault(key(r.kind(), r.schema(), r.name()), List.of())));
        }
        return out;
    }

    /** What the objects of the given kinds depend on, by {@link #key}; no query when no kind has dependencies. */
    private static Map<String, List<String>> dependencies(Connection connection, Array schemas, Set<String> kinds,
                                                          String defaultSchema) throws SQLException {
        List<String> queries = new ArrayList<>();
        if (kinds.contains("view") || kinds.contains("materialized view") || kinds.contains("rule")) queries.add(REWRITE_DEPENDENCIES);
        if (kinds.contains("trigger")) queries.add(TRIGGER_DEPENDENCIES);
        if (kinds.contains("constraint") || kinds.contains("exclusion constraint")) queries.add(CONSTRAINT_DEPENDENCIES);
        if (kinds.contains("policy")) queries.add(POLICY_DEPENDENCIES);
        if (kinds.contains("publication")) queries.add(PUBLICATION_DEPENDENCIES);
        if (kinds.contains("function") || kinds.contains("procedure")) queries.add(FUNCTION_DEPENDENCIES);
        if (kinds.contains("index")) queries.add(INDEX_DEPENDENCIES);
        if (kinds.contains("statistics")) queries.add(STATISTICS_DEPENDENCIES);
        if (kinds.contains("foreign table")) queries.add(FOREIGN_TABLE_PARENTS);
        Map<String, List<String>> dependencies = new HashMap<>();
        if (queries.isEmpty()) return dependencies;
        String sql = "SELECT * FROM (\n" + String.join("            UNION ALL\n", queries)
                + ") AS dep(kind, nspname, name, dep_table, dep_column, dep_schema)";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            bindAll(ps, schemas, sql);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    // by key, as changes name tables: billing.items beside items
                    String depSchema = rs.getString("dep_schema");
                    String table = TableName.key(depSchema.equals(defaultSchema) ? null : depSchema, rs.getString("dep_table"));
                    String column = rs.getString("dep_column");
                    dependencies.computeIfAbsent(key(rs.getString("kind"), rs.getString("nspname"), rs.getString("name")),
                            k -> new ArrayList<>()).add(column == null ? table : table + "." + column);
                }
            }
        }
        return dependencies;
    }

    private static String key(String kind, String schema, String name) {
        return kind + "\0" + schema + "\0" + name;
    }

    private static void bindAll(PreparedStatement ps, Array schemas, String sql) throws SQLException {
        int n = sql.split("ANY \\(\\?\\)", -1).length - 1;
        for (int i = 1; i <= n; i++) ps.setArray(i, schemas);
    }
}
