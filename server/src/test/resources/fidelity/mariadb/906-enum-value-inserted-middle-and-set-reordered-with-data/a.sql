CREATE TABLE orders (id int NOT NULL, state enum('new','paid','shipped') NOT NULL DEFAULT 'new', flags set('gift','rush','fragile') NOT NULL DEFAULT '', PRIMARY KEY (id));
