CREATE TABLE events (id bigint PRIMARY KEY, at timestamptz) WITH (fillfactor = 70, autovacuum_vacuum_scale_factor = 0.05, autovacuum_enabled = false);
