CREATE UNLOGGED TABLE cache_rows (id integer NOT NULL, k text NOT NULL, v jsonb, CONSTRAINT cache_rows_pkey PRIMARY KEY (id) WITH (fillfactor = 70))
  WITH (fillfactor = 60, autovacuum_enabled = false, toast.autovacuum_enabled = false);
CREATE UNIQUE INDEX cache_rows_k_idx ON cache_rows (k);
ALTER TABLE cache_rows REPLICA IDENTITY USING INDEX cache_rows_k_idx;
ALTER TABLE cache_rows CLUSTER ON cache_rows_pkey;
ALTER TABLE cache_rows ENABLE ROW LEVEL SECURITY;
ALTER TABLE cache_rows FORCE ROW LEVEL SECURITY;
COMMENT ON TABLE cache_rows IS 'a cache; "dropped" later';
COMMENT ON INDEX cache_rows_k_idx IS 'replica identity';
