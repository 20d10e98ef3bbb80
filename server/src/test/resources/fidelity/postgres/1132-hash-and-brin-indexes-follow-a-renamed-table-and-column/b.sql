CREATE TABLE page_hits (id bigint PRIMARY KEY, visitor uuid NOT NULL, seen_at timestamptz NOT NULL);
CREATE INDEX hits_token_hash ON page_hits USING hash (visitor) WITH (fillfactor = 75);
CREATE INDEX hits_seen_brin ON page_hits USING brin (seen_at) WITH (pages_per_range = 128);
