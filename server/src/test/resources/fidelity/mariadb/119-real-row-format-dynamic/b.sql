CREATE TABLE users (
  id int NOT NULL AUTO_INCREMENT,
  name varchar(50) NOT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE wide (
  id int NOT NULL,
  body text,
  PRIMARY KEY (id)
) ROW_FORMAT=DYNAMIC;
