CREATE TABLE docs (
  id int NOT NULL,
  data longblob,
  PRIMARY KEY (id)
);
