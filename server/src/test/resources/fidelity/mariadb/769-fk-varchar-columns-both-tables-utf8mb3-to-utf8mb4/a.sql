CREATE TABLE countries (
  code varchar(3) NOT NULL,
  name varchar(80) NOT NULL,
  PRIMARY KEY (code)
) DEFAULT CHARSET=utf8mb3;
CREATE TABLE cities (
  id int NOT NULL,
  country varchar(3) NOT NULL,
  name varchar(80) NOT NULL,
  PRIMARY KEY (id),
  KEY country (country),
  CONSTRAINT cities_country FOREIGN KEY (country) REFERENCES countries (code) ON UPDATE CASCADE
) DEFAULT CHARSET=utf8mb3;
