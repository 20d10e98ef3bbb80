CREATE TABLE customers (id INT NOT NULL PRIMARY KEY, name VARCHAR(40));
CREATE TABLE orders (id INT NOT NULL PRIMARY KEY, customer_id INT, CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id));
