CREATE TABLE t (
  id int NOT NULL,
  state enum('new','old','gone') NOT NULL DEFAULT 'new',
  PRIMARY KEY (id)
);
