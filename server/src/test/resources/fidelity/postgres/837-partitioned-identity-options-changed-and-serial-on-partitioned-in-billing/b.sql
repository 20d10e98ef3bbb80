CREATE SCHEMA billing;
CREATE TABLE billing.ledger (id bigint GENERATED ALWAYS AS IDENTITY (START WITH 1000 INCREMENT BY 10 CACHE 10), at date NOT NULL, amount numeric(12,2), note text DEFAULT '', PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE TABLE billing.ledger_2024 PARTITION OF billing.ledger FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE billing.ledger_def PARTITION OF billing.ledger DEFAULT;
CREATE INDEX ledger_at ON billing.ledger (at);
CREATE TABLE billing.audit (seq bigserial, at date NOT NULL, what text) PARTITION BY LIST (what);
CREATE TABLE billing.audit_any PARTITION OF billing.audit DEFAULT;
