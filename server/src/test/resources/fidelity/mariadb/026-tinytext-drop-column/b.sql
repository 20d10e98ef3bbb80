CREATE TABLE docs (
  id int NOT NULL,
  PRIMARY KEY (id)
);
