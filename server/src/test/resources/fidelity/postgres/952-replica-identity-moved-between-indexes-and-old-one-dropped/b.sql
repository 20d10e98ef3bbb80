CREATE TABLE orders (id integer PRIMARY KEY, code varchar(12) NOT NULL, ref varchar(20) NOT NULL, total numeric);
CREATE UNIQUE INDEX orders_ref ON orders (ref);
ALTER TABLE orders REPLICA IDENTITY USING INDEX orders_ref;
