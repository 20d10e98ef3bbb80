CREATE TABLE ledger (tenant integer NOT NULL, id bigint NOT NULL, ext_ref text, amount numeric(14,2), PRIMARY KEY (tenant, id), CONSTRAINT ledger_ext_ref_key UNIQUE NULLS NOT DISTINCT (tenant, ext_ref)) PARTITION BY HASH (tenant);
CREATE TABLE ledger_0 PARTITION OF ledger FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE ledger_1 PARTITION OF ledger FOR VALUES WITH (MODULUS 2, REMAINDER 1);
CREATE INDEX ledger_amount ON ledger (tenant, amount DESC) INCLUDE (ext_ref) WHERE amount > 0;
