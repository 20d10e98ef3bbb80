CREATE TABLE cache (k text PRIMARY KEY, v text COMPRESSION lz4, blob bytea) WITH (fillfactor = 70, autovacuum_vacuum_scale_factor = 0.05, autovacuum_analyze_threshold = 100, toast.autovacuum_enabled = false, toast_tuple_target = 256);
ALTER TABLE cache ALTER COLUMN blob SET STORAGE EXTERNAL, ALTER COLUMN v SET STORAGE MAIN;
CREATE UNLOGGED TABLE scratch (id integer, payload text COMPRESSION pglz) WITH (autovacuum_enabled = off, parallel_workers = 2);
