CREATE TABLE devices (
  id int NOT NULL,
  attributes longtext NOT NULL CHECK (json_valid(attributes)),
  serial varchar(40) AS (json_unquote(json_extract(attributes, '$.serial'))) VIRTUAL,
  PRIMARY KEY (id),
  UNIQUE KEY serial (serial)
);
