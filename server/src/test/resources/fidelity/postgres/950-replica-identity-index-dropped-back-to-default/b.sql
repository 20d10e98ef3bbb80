CREATE TABLE orders (id integer PRIMARY KEY, code varchar(12) NOT NULL, total numeric);
