CREATE TABLE events (
  id bigint unsigned NOT NULL AUTO_INCREMENT,
  payload longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(payload)),
  meta json DEFAULT NULL,
  event_type varchar(64) GENERATED ALWAYS AS (json_unquote(json_extract(payload,'$.type'))) VIRTUAL,
  user_id int GENERATED ALWAYS AS (json_value(payload,'$.user.id')) STORED,
  PRIMARY KEY (id),
  KEY idx_events_type (event_type),
  KEY idx_events_user (user_id)
);
