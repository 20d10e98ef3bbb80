CREATE TABLE accounts (id integer PRIMARY KEY, balance numeric, kind text, note varchar(20));
ALTER TABLE accounts ADD CONSTRAINT balance_nonneg CHECK (balance >= 0) NOT VALID;
ALTER TABLE accounts ADD CONSTRAINT kind_known CHECK (kind IN ('a', 'b', 'c')) NO INHERIT;
ALTER TABLE accounts ADD CONSTRAINT both_flags CHECK (id > 0) NO INHERIT NOT VALID;
ALTER TABLE accounts ADD CONSTRAINT note_short CHECK (length(note) < 10) NO INHERIT;
