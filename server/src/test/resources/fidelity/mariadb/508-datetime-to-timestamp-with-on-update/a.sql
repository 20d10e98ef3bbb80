CREATE TABLE documents (
  id int NOT NULL AUTO_INCREMENT,
  title varchar(100) NOT NULL,
  created_at datetime NOT NULL DEFAULT current_timestamp(),
  updated_at datetime DEFAULT NULL,
  PRIMARY KEY (id)
);
