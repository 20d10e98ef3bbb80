CREATE TABLE t (id integer PRIMARY KEY, ts timestamp, tags text[], doc jsonb, body tsvector, token uuid, email text, name text);
CREATE INDEX t_ts_brin ON t USING brin (ts) WITH (pages_per_range = 32);
CREATE INDEX t_tags_gin ON t USING gin (tags) WITH (fastupdate = off);
CREATE INDEX t_doc_gin ON t USING gin (doc jsonb_path_ops) WITH (gin_pending_list_limit = 128);
CREATE INDEX t_body_gist ON t USING gist (body) WITH (buffering = on);
CREATE INDEX t_token_hash ON t USING hash (token) WITH (fillfactor = 60);
CREATE INDEX t_email_pattern ON t (lower(email) text_pattern_ops DESC NULLS LAST, name COLLATE "C") INCLUDE (id) WHERE lower(email) LIKE '%@example.com';
