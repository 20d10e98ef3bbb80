CREATE TABLE orders (id integer PRIMARY KEY, code varchar(12) NOT NULL, total numeric);
CREATE UNIQUE INDEX orders_code ON orders (code);
ALTER TABLE orders REPLICA IDENTITY USING INDEX orders_code;
