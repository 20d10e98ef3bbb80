CREATE TABLE writers (
  id int NOT NULL AUTO_INCREMENT,
  display_name varchar(150) NOT NULL,
  bio mediumtext,
  PRIMARY KEY (id),
  KEY idx_writers_display_name (display_name)
) DEFAULT CHARSET=utf8mb3;
CREATE TABLE writer_profiles (
  writer_id int NOT NULL,
  country char(2) DEFAULT NULL,
  website varchar(255) DEFAULT NULL,
  PRIMARY KEY (writer_id),
  CONSTRAINT fk_writer_profiles_writer FOREIGN KEY (writer_id) REFERENCES writers (id) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb3;
CREATE TABLE post (
  id int NOT NULL AUTO_INCREMENT,
  author_id int NOT NULL,
  title varchar(200) NOT NULL,
  status enum('draft','published') NOT NULL DEFAULT 'draft',
  created_at datetime NOT NULL,
  PRIMARY KEY (id),
  KEY author_id (author_id),
  KEY idx_post_status_created (status, created_at),
  CONSTRAINT post_ibfk_1 FOREIGN KEY (author_id) REFERENCES writers (id)
) DEFAULT CHARSET=utf8mb3;
