CREATE TABLE ledger (tenant integer NOT NULL, id bigint NOT NULL, ext_ref text, amount numeric(12,2), PRIMARY KEY (tenant, id)) PARTITION BY HASH (tenant);
CREATE TABLE ledger_0 PARTITION OF ledger FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE ledger_1 PARTITION OF ledger FOR VALUES WITH (MODULUS 2, REMAINDER 1);
