CREATE TABLE products (id integer PRIMARY KEY, name varchar(200) NOT NULL, price numeric(10,2) NOT NULL);
CREATE VIEW product_list AS SELECT id, name, price FROM products WHERE price > 0;
