CREATE TABLE users (
  id int NOT NULL AUTO_INCREMENT,
  name varchar(50) NOT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE blobs (
  hash binary(20) NOT NULL,
  title varbinary(255) NOT NULL DEFAULT '',
  PRIMARY KEY (hash),
  UNIQUE KEY uk_blobs_title (title)
);
