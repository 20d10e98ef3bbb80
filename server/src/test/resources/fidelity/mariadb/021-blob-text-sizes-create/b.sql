CREATE TABLE users (
  id int NOT NULL AUTO_INCREMENT,
  name varchar(50) NOT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE docs (
  id int NOT NULL,
  tb tinyblob,
  b blob,
  mb mediumblob,
  lb longblob,
  tt tinytext,
  t text,
  mt mediumtext,
  lt longtext,
  PRIMARY KEY (id)
);
