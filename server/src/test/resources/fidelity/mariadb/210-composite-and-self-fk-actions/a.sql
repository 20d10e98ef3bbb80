CREATE TABLE region (
  country char(2) NOT NULL,
  code varchar(10) NOT NULL,
  parent_code varchar(10) DEFAULT NULL,
  PRIMARY KEY (country, code)
);
CREATE TABLE shop (
  id int NOT NULL,
  country char(2) NOT NULL,
  region varchar(10) NOT NULL,
  manager_id int DEFAULT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_shop_region FOREIGN KEY (country, region) REFERENCES region (country, code)
);
