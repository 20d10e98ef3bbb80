CREATE TABLE countries (
  id int NOT NULL AUTO_INCREMENT,
  iso char(2) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_countries_iso (iso)
) DEFAULT CHARSET=utf8mb4;
CREATE TABLE cities (
  id int NOT NULL AUTO_INCREMENT,
  country_iso char(2) NOT NULL,
  name varchar(80) NOT NULL,
  PRIMARY KEY (id),
  KEY fk_cities_country (country_iso),
  CONSTRAINT fk_cities_country FOREIGN KEY (country_iso) REFERENCES countries (iso) ON UPDATE CASCADE
) DEFAULT CHARSET=utf8mb4;
