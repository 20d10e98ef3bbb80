CREATE TABLE links (
  a int NOT NULL,
  b int NOT NULL,
  PRIMARY KEY (a, b)
);
