CREATE TABLE docs (
  id int NOT NULL,
  body mediumtext NOT NULL,
  PRIMARY KEY (id)
);
