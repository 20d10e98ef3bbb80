CREATE TABLE s (
  id int NOT NULL,
  active int unsigned NOT NULL DEFAULT 0,
  hits tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (id)
);
