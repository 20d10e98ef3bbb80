CREATE TABLE t (
  id int NOT NULL,
  state enum('new','gone') NOT NULL DEFAULT 'new',
  PRIMARY KEY (id)
);
