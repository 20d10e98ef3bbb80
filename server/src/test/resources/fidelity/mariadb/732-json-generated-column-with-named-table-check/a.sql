CREATE TABLE ev (
  id int NOT NULL,
  doc json DEFAULT NULL,
  PRIMARY KEY (id)
);
