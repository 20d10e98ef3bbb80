CREATE TABLE prices (id integer PRIMARY KEY, amount numeric(12,4) NOT NULL DEFAULT 0.00 CHECK (amount >= 0), code char(5) NOT NULL DEFAULT 'EUR', tag varchar(2));
CREATE INDEX prices_code ON prices (code);
