CREATE TABLE w (
  id int NOT NULL,
  b int DEFAULT NULL,
  c int DEFAULT NULL COMMENT 'more than b' CHECK (c > b),
  PRIMARY KEY (id)
);
