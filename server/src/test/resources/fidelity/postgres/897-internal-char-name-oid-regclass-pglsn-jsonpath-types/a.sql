CREATE TABLE t (id integer PRIMARY KEY, flag "char" DEFAULT 'a', nm name, o oid, r regclass, l pg_lsn, c char DEFAULT 'z');
