CREATE TABLE kept (id integer PRIMARY KEY);
CREATE UNLOGGED TABLE cache_rows (k text PRIMARY KEY, v jsonb);
