CREATE TABLE t (
  id int NOT NULL,
  v enum('a,b','it''s','x y') NOT NULL DEFAULT 'a,b',
  PRIMARY KEY (id)
);
