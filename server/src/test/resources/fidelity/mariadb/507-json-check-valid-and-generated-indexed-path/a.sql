CREATE TABLE events (
  id bigint unsigned NOT NULL AUTO_INCREMENT,
  payload longtext NOT NULL,
  PRIMARY KEY (id)
);
