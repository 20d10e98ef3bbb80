CREATE TABLE cat (
  id int NOT NULL,
  parent_id int DEFAULT NULL,
  name varchar(20) NOT NULL,
  PRIMARY KEY (id)
);
