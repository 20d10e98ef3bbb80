CREATE TABLE users (
  id int NOT NULL AUTO_INCREMENT,
  name varchar(50) NOT NULL,
  qty int NOT NULL DEFAULT 1 CHECK (qty > 0),
  PRIMARY KEY (id)
);
