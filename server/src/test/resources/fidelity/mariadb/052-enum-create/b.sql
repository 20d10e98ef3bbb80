CREATE TABLE users (
  id int NOT NULL AUTO_INCREMENT,
  name varchar(50) NOT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE orders (
  id int NOT NULL,
  status enum('new','paid','shipped') NOT NULL DEFAULT 'new',
  PRIMARY KEY (id)
);
