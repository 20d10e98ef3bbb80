CREATE TABLE users (
  id int NOT NULL AUTO_INCREMENT,
  name varchar(50) NOT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE logs (
  id int NOT NULL,
  msg varchar(100) DEFAULT NULL,
  PRIMARY KEY (id)
) ENGINE=MyISAM;
