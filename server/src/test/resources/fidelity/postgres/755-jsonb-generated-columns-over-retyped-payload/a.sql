CREATE TABLE events (id bigserial PRIMARY KEY, payload json NOT NULL, kind text GENERATED ALWAYS AS (payload ->> 'kind') STORED, received_at timestamptz NOT NULL DEFAULT now());
CREATE INDEX events_kind ON events (kind);
