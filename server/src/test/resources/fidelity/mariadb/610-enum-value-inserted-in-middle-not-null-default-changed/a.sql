CREATE TABLE posts (
  id int NOT NULL,
  status enum('draft','published','archived') NOT NULL DEFAULT 'draft',
  PRIMARY KEY (id)
);
