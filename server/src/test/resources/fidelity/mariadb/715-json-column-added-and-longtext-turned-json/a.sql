CREATE TABLE docs (
  id int NOT NULL,
  payload longtext DEFAULT NULL,
  PRIMARY KEY (id)
);
