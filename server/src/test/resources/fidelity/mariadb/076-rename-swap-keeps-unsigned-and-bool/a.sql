CREATE TABLE s (
  id int NOT NULL,
  hits int unsigned NOT NULL DEFAULT 0,
  active tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (id)
);
