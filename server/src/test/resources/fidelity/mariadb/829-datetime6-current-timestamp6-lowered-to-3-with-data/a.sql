CREATE TABLE readings (
  id int NOT NULL,
  taken_at datetime(6) NOT NULL DEFAULT current_timestamp(6),
  value decimal(8,3) unsigned NOT NULL,
  PRIMARY KEY (id),
  KEY taken_at (taken_at)
);
