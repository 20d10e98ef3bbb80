CREATE TABLE metrics (id bigint NOT NULL, at timestamptz NOT NULL, name text NOT NULL, value double precision, name_lower text GENERATED ALWAYS AS (lower(name)) STORED, CONSTRAINT metrics_value_check CHECK (value IS NULL OR value >= 0)) PARTITION BY RANGE (at);
CREATE TABLE metrics_2025 PARTITION OF metrics FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE metrics_old PARTITION OF metrics DEFAULT;
CREATE INDEX metrics_name_lower ON metrics (name_lower, at DESC);
CREATE INDEX metrics_upper_name ON metrics (upper(name)) WHERE value IS NOT NULL;
COMMENT ON COLUMN metrics.value IS 'the measured value';
COMMENT ON TABLE metrics IS 'partitioned by month';
