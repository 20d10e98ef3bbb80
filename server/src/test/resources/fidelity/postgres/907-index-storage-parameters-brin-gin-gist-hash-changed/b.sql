CREATE TABLE t (id integer PRIMARY KEY, ts timestamp, tags text[], doc jsonb, body tsvector, token uuid, email text, name text);
CREATE INDEX t_ts_brin ON t USING brin (ts) WITH (pages_per_range = 64, autosummarize = on);
CREATE INDEX t_tags_gin ON t USING gin (tags);
CREATE INDEX t_doc_gin ON t USING gin (doc jsonb_path_ops) WITH (gin_pending_list_limit = 256, fastupdate = off);
CREATE INDEX t_body_gist ON t USING gist (body) WITH (buffering = auto);
CREATE INDEX t_token_hash ON t USING hash (token);
CREATE INDEX t_email_pattern ON t (lower(email) varchar_pattern_ops DESC NULLS LAST, name COLLATE "POSIX") INCLUDE (id, ts) WHERE lower(email) LIKE '%@example.org';
CREATE INDEX t_name_bpchar ON t USING btree ((name::bpchar) bpchar_pattern_ops);
