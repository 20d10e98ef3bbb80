CREATE TABLE u (
  id int NOT NULL,
  name varchar(40) DEFAULT NULL,
  age int unsigned DEFAULT NULL,
  email varchar(50) NOT NULL,
  PRIMARY KEY (id)
);
