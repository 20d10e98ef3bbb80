CREATE TABLE events (id bigint NOT NULL, region text NOT NULL, at date NOT NULL, payload jsonb, kind varchar(20) NOT NULL DEFAULT 'misc', CONSTRAINT events_kind_check CHECK (kind <> '')) PARTITION BY RANGE (at);
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01') PARTITION BY LIST (region);
CREATE TABLE events_2025_eu PARTITION OF events_2025 FOR VALUES IN ('eu');
CREATE TABLE events_2025_us PARTITION OF events_2025 FOR VALUES IN ('us', 'ca');
CREATE TABLE events_2025_other PARTITION OF events_2025 DEFAULT;
CREATE TABLE events_default PARTITION OF events DEFAULT;
CREATE INDEX events_kind_at_idx ON events (kind, at);
CREATE UNIQUE INDEX events_id_at_region_key ON events (id, at, region);
