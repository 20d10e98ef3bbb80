CREATE TABLE events (
  id int NOT NULL,
  payload longtext NOT NULL CHECK (json_valid(payload)),
  ext_id varchar(40) AS (json_value(payload, '$.id')) PERSISTENT,
  happened varchar(10) AS (left(json_value(payload, '$.at'), 10)) VIRTUAL,
  PRIMARY KEY (id),
  UNIQUE KEY ext_id (ext_id),
  KEY happened (happened DESC)
);
