CREATE TABLE region (
  country char(2) NOT NULL,
  code varchar(10) NOT NULL,
  parent_code varchar(10) DEFAULT NULL,
  PRIMARY KEY (country, code),
  KEY idx_parent (country, parent_code),
  CONSTRAINT fk_region_parent FOREIGN KEY (country, parent_code) REFERENCES region (country, code) ON DELETE CASCADE ON UPDATE RESTRICT
);
CREATE TABLE shop (
  id int NOT NULL,
  country char(2) NOT NULL,
  region varchar(10) NOT NULL,
  manager_id int DEFAULT NULL,
  PRIMARY KEY (id),
  KEY fk_shop_region (country, region),
  KEY idx_manager (manager_id),
  CONSTRAINT fk_shop_region FOREIGN KEY (country, region) REFERENCES region (country, code) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT fk_shop_manager FOREIGN KEY (manager_id) REFERENCES shop (id) ON DELETE SET NULL
);
