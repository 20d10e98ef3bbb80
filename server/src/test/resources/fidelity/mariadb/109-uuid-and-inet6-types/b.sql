CREATE TABLE users (
  id int NOT NULL AUTO_INCREMENT,
  name varchar(50) NOT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE nodes (
  id uuid NOT NULL,
  addr inet6 DEFAULT NULL,
  PRIMARY KEY (id)
);
