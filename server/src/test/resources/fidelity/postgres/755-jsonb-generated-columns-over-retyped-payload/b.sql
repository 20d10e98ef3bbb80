CREATE TABLE events (id bigserial PRIMARY KEY, payload jsonb NOT NULL DEFAULT '{}'::jsonb, kind text GENERATED ALWAYS AS (payload ->> 'kind') STORED,
  amount numeric(12,2) GENERATED ALWAYS AS (((payload -> 'order') ->> 'amount')::numeric(12,2)) STORED,
  received_at timestamptz NOT NULL DEFAULT now());
CREATE INDEX events_kind ON events (kind);
CREATE INDEX events_payload ON events USING gin (payload jsonb_path_ops);
