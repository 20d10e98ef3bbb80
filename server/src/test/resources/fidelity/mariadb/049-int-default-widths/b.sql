CREATE TABLE users (
  id int NOT NULL AUTO_INCREMENT,
  name varchar(50) NOT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE w (
  id bigint NOT NULL,
  a tinyint DEFAULT NULL,
  b smallint DEFAULT NULL,
  c int DEFAULT NULL,
  d int(11) DEFAULT NULL,
  PRIMARY KEY (id)
);
