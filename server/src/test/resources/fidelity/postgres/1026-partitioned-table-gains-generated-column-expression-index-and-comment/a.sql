CREATE TABLE metrics (id bigint NOT NULL, at timestamptz NOT NULL, name text NOT NULL, value double precision) PARTITION BY RANGE (at);
CREATE TABLE metrics_2025 PARTITION OF metrics FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE metrics_old PARTITION OF metrics DEFAULT;
