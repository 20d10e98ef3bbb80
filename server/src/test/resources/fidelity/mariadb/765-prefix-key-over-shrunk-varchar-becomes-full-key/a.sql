CREATE TABLE users (
  id int NOT NULL,
  login varchar(200) NOT NULL,
  bio text,
  PRIMARY KEY (id),
  UNIQUE KEY login (login(100)),
  KEY bio (bio(50))
);
