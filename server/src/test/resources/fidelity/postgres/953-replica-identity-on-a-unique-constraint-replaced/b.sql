CREATE TABLE orders (id integer PRIMARY KEY, code varchar(12) NOT NULL, region varchar(4) NOT NULL,
                     CONSTRAINT orders_code_key UNIQUE (code, region));
ALTER TABLE orders REPLICA IDENTITY USING INDEX orders_code_key;
