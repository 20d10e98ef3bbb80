CREATE TABLE ev (id bigint NOT NULL, at date NOT NULL, kind text) PARTITION BY LIST (kind);
CREATE TABLE ev_a PARTITION OF ev FOR VALUES IN ('a');
