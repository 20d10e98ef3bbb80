CREATE TABLE t (id integer PRIMARY KEY) WITH (autovacuum_enabled = false, toast.autovacuum_enabled = false);
