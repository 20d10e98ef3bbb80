CREATE TABLE jobs (
  id int NOT NULL,
  queued_at timestamp NOT NULL DEFAULT current_timestamp(),
  started_at timestamp(3) NULL DEFAULT NULL,
  finished_at datetime(3) DEFAULT NULL,
  heartbeat timestamp NOT NULL DEFAULT '2000-01-01 00:00:00' ON UPDATE current_timestamp(),
  PRIMARY KEY (id)
);
