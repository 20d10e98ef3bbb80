CREATE TABLE tags (
  id int NOT NULL AUTO_INCREMENT,
  name varchar(40) NOT NULL,
  color varchar(10) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_tags_name (name)
);
