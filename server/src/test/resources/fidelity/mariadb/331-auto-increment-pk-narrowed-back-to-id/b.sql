CREATE TABLE events (
  id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  created_at datetime NOT NULL,
  kind varchar(20) NOT NULL,
  KEY idx_events_kind (kind)
);
