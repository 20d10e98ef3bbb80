CREATE TABLE forums (
  slug varchar(64) NOT NULL,
  name varchar(100) NOT NULL,
  PRIMARY KEY (slug)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE TABLE posts (
  id int NOT NULL AUTO_INCREMENT,
  forum varchar(64) NOT NULL,
  subject varchar(255) NOT NULL,
  message text NOT NULL,
  PRIMARY KEY (id),
  KEY forum (forum),
  KEY subject (subject),
  FULLTEXT KEY search (subject, message),
  CONSTRAINT posts_forum FOREIGN KEY (forum) REFERENCES forums (slug) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
