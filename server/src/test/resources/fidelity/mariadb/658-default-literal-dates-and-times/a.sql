CREATE TABLE cal (
  id int NOT NULL,
  PRIMARY KEY (id)
);
