CREATE TABLE jobs (
  id int NOT NULL,
  queued_at datetime DEFAULT NULL,
  started_at timestamp NULL DEFAULT NULL,
  finished_at timestamp NULL DEFAULT NULL,
  PRIMARY KEY (id)
);
