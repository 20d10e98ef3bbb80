CREATE TABLE t (
  id int NOT NULL,
  name varchar(10) DEFAULT NULL,
  PRIMARY KEY (id)
);
