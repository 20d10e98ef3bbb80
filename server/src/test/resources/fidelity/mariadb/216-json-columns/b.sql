CREATE TABLE settings (
  id int NOT NULL,
  raw longtext DEFAULT NULL,
  payload json NOT NULL DEFAULT '{}',
  meta json DEFAULT NULL,
  name varchar(50) AS (json_value(payload, '$.name')) VIRTUAL,
  PRIMARY KEY (id),
  CONSTRAINT chk_meta CHECK (json_length(meta) < 10)
);
