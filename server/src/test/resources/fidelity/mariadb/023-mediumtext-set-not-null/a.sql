CREATE TABLE docs (
  id int NOT NULL,
  body mediumtext,
  PRIMARY KEY (id)
);
