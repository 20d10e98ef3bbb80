CREATE TABLE orders (id int NOT NULL, state enum('new','paid','packed','shipped') NOT NULL DEFAULT 'new', flags set('fragile','gift','rush') NOT NULL DEFAULT '', PRIMARY KEY (id));
