CREATE TABLE regions (
  id int NOT NULL,
  country char(2) NOT NULL,
  code varchar(10) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_regions (country, code)
);
CREATE TABLE shops (
  id int NOT NULL,
  country char(2) DEFAULT NULL,
  code varchar(10) DEFAULT NULL,
  PRIMARY KEY (id)
);
