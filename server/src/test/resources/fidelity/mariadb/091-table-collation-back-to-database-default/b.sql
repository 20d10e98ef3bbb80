-- no table options: the database's default charset and collation
CREATE TABLE tags (
  id int NOT NULL,
  label varchar(30) DEFAULT NULL,
  PRIMARY KEY (id)
);
