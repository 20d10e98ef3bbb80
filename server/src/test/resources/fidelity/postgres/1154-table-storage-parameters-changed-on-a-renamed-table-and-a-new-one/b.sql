CREATE TABLE "Event Log" (id bigint PRIMARY KEY, at timestamptz) WITH (fillfactor = 90, autovacuum_analyze_threshold = 1000, toast.autovacuum_enabled = false, parallel_workers = 2);
CREATE TABLE audit (id bigint PRIMARY KEY) WITH (autovacuum_vacuum_insert_threshold = 5000, user_catalog_table = true);
