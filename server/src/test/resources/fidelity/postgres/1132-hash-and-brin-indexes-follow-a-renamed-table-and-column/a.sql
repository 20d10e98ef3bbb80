CREATE TABLE hits (id bigint PRIMARY KEY, token uuid NOT NULL, seen_at timestamptz NOT NULL);
CREATE INDEX hits_token_hash ON hits USING hash (token) WITH (fillfactor = 75);
CREATE INDEX hits_seen_brin ON hits USING brin (seen_at) WITH (pages_per_range = 64);
