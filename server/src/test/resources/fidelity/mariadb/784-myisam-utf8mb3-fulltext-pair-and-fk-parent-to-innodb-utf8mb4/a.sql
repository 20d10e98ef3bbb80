CREATE TABLE forums (
  slug varchar(64) NOT NULL,
  name varchar(100) NOT NULL,
  PRIMARY KEY (slug)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;
CREATE TABLE posts (
  id int NOT NULL AUTO_INCREMENT,
  forum varchar(64) NOT NULL,
  subject varchar(255) NOT NULL,
  message text NOT NULL,
  PRIMARY KEY (id),
  KEY forum (forum),
  KEY subject (subject),
  FULLTEXT KEY search (subject, message)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3;
