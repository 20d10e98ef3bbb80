CREATE TABLE country (
  code varchar(3) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  PRIMARY KEY (code)
);
CREATE TABLE city (
  id int NOT NULL,
  country varchar(3) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  PRIMARY KEY (id),
  KEY fk_city_country (country),
  CONSTRAINT fk_city_country FOREIGN KEY (country) REFERENCES country (code)
);
