CREATE TABLE users (
  id int NOT NULL AUTO_INCREMENT,
  name varchar(50) NOT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE order_lines (
  id int NOT NULL,
  price decimal(10,2) NOT NULL,
  qty int NOT NULL,
  total decimal(12,2) AS (price * qty) VIRTUAL,
  total_s decimal(12,2) AS (price * qty) STORED,
  PRIMARY KEY (id)
);
