CREATE TABLE logs (id bigint NOT NULL, at date NOT NULL, msg text) PARTITION BY RANGE (at);
CREATE TABLE logs_2024 (id bigint NOT NULL, at date NOT NULL, msg text);
CREATE TABLE logs_2025 PARTITION OF logs FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
