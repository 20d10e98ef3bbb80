CREATE TABLE events (
  id int NOT NULL AUTO_INCREMENT,
  created_at datetime NOT NULL,
  kind varchar(20) NOT NULL,
  PRIMARY KEY (id, created_at),
  KEY idx_events_kind (kind)
);
