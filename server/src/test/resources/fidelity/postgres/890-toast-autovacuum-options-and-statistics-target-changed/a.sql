CREATE TABLE logs (id bigint PRIMARY KEY, body text, level smallint) WITH (autovacuum_vacuum_scale_factor = 0.2, toast.autovacuum_enabled = false);
ALTER TABLE logs ALTER COLUMN level SET STATISTICS 500;
