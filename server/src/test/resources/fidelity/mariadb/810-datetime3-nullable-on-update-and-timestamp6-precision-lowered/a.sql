CREATE TABLE jobs (
  id int NOT NULL,
  started_at datetime(3) DEFAULT NULL,
  heartbeat_at timestamp(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  PRIMARY KEY (id)
);
