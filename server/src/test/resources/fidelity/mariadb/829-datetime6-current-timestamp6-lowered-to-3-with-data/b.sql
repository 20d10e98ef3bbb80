CREATE TABLE readings (
  id int NOT NULL,
  taken_at datetime(3) NOT NULL DEFAULT current_timestamp(3),
  value decimal(10,3) NOT NULL,
  PRIMARY KEY (id),
  KEY taken_at (taken_at)
);
