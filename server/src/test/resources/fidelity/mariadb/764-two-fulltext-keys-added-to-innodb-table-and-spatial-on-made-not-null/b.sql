CREATE TABLE places (
  id int NOT NULL,
  name varchar(100) NOT NULL,
  about text,
  tags varchar(255) DEFAULT NULL,
  loc point NOT NULL,
  PRIMARY KEY (id),
  FULLTEXT KEY ft_about (name, about),
  FULLTEXT KEY ft_tags (tags),
  SPATIAL KEY loc (loc)
) ENGINE=InnoDB;
