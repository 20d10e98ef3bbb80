CREATE TABLE items (id INT NOT NULL PRIMARY KEY, status ENUM('new','paid','shipped') NOT NULL);
