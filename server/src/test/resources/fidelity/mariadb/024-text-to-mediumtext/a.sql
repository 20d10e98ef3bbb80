CREATE TABLE docs (
  id int NOT NULL,
  body text,
  PRIMARY KEY (id)
);
