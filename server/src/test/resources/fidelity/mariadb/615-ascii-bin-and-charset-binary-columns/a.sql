CREATE TABLE codes (
  id int NOT NULL,
  code varchar(10) NOT NULL,
  tag varchar(8) DEFAULT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_codes_code (code)
);
