CREATE TABLE articles (
  id int NOT NULL AUTO_INCREMENT,
  title varchar(200) NOT NULL,
  body mediumtext NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB;
