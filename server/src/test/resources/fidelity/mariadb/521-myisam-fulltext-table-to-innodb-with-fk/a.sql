CREATE TABLE authors (id int NOT NULL AUTO_INCREMENT PRIMARY KEY, name varchar(50) NOT NULL) ENGINE=InnoDB;
CREATE TABLE notes (
  id int NOT NULL AUTO_INCREMENT,
  author_id int NOT NULL,
  body text NOT NULL,
  PRIMARY KEY (id),
  KEY author_id (author_id),
  FULLTEXT KEY ft_notes_body (body)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4;
