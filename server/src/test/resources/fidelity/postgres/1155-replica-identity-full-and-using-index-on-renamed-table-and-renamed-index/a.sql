CREATE TABLE orders (id integer NOT NULL, code text NOT NULL, total numeric);
CREATE UNIQUE INDEX orders_code_key ON orders (code);
ALTER TABLE orders REPLICA IDENTITY USING INDEX orders_code_key;
CREATE TABLE lines (id integer PRIMARY KEY, note text);
