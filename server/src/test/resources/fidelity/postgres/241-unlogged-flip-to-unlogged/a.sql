CREATE TABLE cache_rows (k text PRIMARY KEY, v jsonb);
