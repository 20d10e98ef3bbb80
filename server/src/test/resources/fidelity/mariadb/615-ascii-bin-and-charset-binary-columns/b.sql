CREATE TABLE codes (
  id int NOT NULL,
  code varchar(10) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  tag varchar(8) CHARACTER SET binary DEFAULT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_codes_code (code)
);
