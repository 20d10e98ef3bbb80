CREATE TABLE logs (
  id int NOT NULL,
  PRIMARY KEY (id)
);
