CREATE TABLE ev (id bigint NOT NULL, at date NOT NULL, kind text, PRIMARY KEY (id, kind)) PARTITION BY LIST (kind);
CREATE TABLE ev_a PARTITION OF ev FOR VALUES IN ('a');
CREATE UNIQUE INDEX ev_at_kind ON ev (at, kind);
