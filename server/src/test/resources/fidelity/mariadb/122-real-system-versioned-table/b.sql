CREATE TABLE users (
  id int NOT NULL AUTO_INCREMENT,
  name varchar(50) NOT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE prices (
  id int NOT NULL,
  amount decimal(10,2) NOT NULL,
  PRIMARY KEY (id)
) WITH SYSTEM VERSIONING;
