CREATE TABLE u (
  id int NOT NULL,
  email varchar(50) NOT NULL,
  name varchar(20) DEFAULT NULL,
  age smallint DEFAULT NULL,
  PRIMARY KEY (id)
);
