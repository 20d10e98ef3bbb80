CREATE TABLE devices (
  id int NOT NULL,
  attrs longtext NOT NULL,
  serial varchar(40) AS (json_unquote(json_extract(attrs, '$.serial'))) VIRTUAL,
  PRIMARY KEY (id),
  UNIQUE KEY serial (serial)
);
