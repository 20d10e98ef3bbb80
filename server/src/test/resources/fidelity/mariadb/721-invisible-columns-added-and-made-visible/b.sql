CREATE TABLE t (
  id int NOT NULL,
  a int DEFAULT NULL,
  b varchar(10) NOT NULL DEFAULT 'h' INVISIBLE,
  PRIMARY KEY (id)
);
