CREATE TABLE cache (k text PRIMARY KEY, v text, blob bytea) WITH (fillfactor = 90, autovacuum_enabled = false);
CREATE UNLOGGED TABLE scratch (id integer, payload text);
