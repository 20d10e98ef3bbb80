CREATE TABLE posts (
  id int NOT NULL,
  status enum('draft','review','published','archived') NOT NULL DEFAULT 'review',
  PRIMARY KEY (id)
);
