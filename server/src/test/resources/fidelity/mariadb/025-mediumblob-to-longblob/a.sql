CREATE TABLE docs (
  id int NOT NULL,
  data mediumblob,
  PRIMARY KEY (id)
);
