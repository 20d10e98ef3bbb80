CREATE TABLE feed (
  id int NOT NULL,
  at datetime NOT NULL,
  PRIMARY KEY (id, at)
);
