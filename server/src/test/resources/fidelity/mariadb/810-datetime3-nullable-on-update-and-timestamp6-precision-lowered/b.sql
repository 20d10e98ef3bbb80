CREATE TABLE jobs (
  id int NOT NULL,
  started_at datetime(3) DEFAULT NULL ON UPDATE current_timestamp(3),
  heartbeat_at timestamp(3) NOT NULL DEFAULT current_timestamp(3) ON UPDATE current_timestamp(3),
  finished_at datetime(6) NULL DEFAULT NULL,
  PRIMARY KEY (id)
);
