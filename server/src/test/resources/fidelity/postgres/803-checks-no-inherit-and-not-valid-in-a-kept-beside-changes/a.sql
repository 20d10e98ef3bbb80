CREATE TABLE accounts (id integer PRIMARY KEY, balance numeric, kind text);
ALTER TABLE accounts ADD CONSTRAINT balance_nonneg CHECK (balance >= 0) NOT VALID;
ALTER TABLE accounts ADD CONSTRAINT kind_known CHECK (kind IN ('a', 'b')) NO INHERIT;
ALTER TABLE accounts ADD CONSTRAINT both_flags CHECK (id > 0) NO INHERIT NOT VALID;
