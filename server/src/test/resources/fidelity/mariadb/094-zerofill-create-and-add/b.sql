CREATE TABLE users (
  id int NOT NULL AUTO_INCREMENT,
  name varchar(50) NOT NULL,
  code int(5) unsigned zerofill DEFAULT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE z (
  id int(8) unsigned zerofill NOT NULL,
  PRIMARY KEY (id)
);
