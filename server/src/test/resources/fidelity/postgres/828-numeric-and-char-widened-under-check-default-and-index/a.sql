CREATE TABLE prices (id integer PRIMARY KEY, amount numeric(10,2) NOT NULL DEFAULT 0.00 CHECK (amount >= 0), code char(3) NOT NULL DEFAULT 'EUR', tag character(2));
CREATE INDEX prices_code ON prices (code);
