CREATE TABLE products (id integer PRIMARY KEY, name varchar(100) NOT NULL, price integer NOT NULL);
CREATE VIEW product_list AS SELECT id, name, price FROM products WHERE price > 0;
