CREATE TABLE docs (
  id int NOT NULL,
  title tinytext,
  PRIMARY KEY (id)
);
