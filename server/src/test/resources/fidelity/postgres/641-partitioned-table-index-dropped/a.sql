CREATE TABLE ev (id bigint NOT NULL, at date NOT NULL, kind text, pid int, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE TABLE ev_2024 PARTITION OF ev FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE parent (id int PRIMARY KEY);
CREATE INDEX ev_kind ON ev(kind);
