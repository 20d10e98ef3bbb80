CREATE TABLE profiles (
  id int NOT NULL AUTO_INCREMENT,
  locale varchar(10) DEFAULT NULL,
  newsletter tinyint(1) DEFAULT NULL,
  PRIMARY KEY (id)
);
