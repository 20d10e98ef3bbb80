CREATE TABLE logs (id bigint PRIMARY KEY, body text, level smallint) WITH (autovacuum_vacuum_scale_factor = 0.05, toast.autovacuum_vacuum_cost_delay = 5);
ALTER TABLE logs ALTER COLUMN body SET STATISTICS 50;
