CREATE TABLE users (
  id int NOT NULL AUTO_INCREMENT,
  name varchar(50) NOT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE docs (
  id int NOT NULL,
  b blob,
  tb tinyblob,
  mt mediumtext,
  PRIMARY KEY (id)
);
