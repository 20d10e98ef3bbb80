CREATE TABLE t (id integer PRIMARY KEY, v text) WITH (fillfactor = 70, autovacuum_vacuum_scale_factor = 0.05);
ALTER TABLE t ENABLE ROW LEVEL SECURITY;
