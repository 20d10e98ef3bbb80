CREATE TABLE t (
  id int NOT NULL,
  v enum('it''s','a,b','plain','x y') NOT NULL DEFAULT 'plain',
  PRIMARY KEY (id)
);
