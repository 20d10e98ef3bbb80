CREATE TABLE warehouses (
  region char(2) NOT NULL,
  wh_code varchar(10) NOT NULL,
  PRIMARY KEY (region, wh_code)
);
CREATE TABLE bins (
  id int NOT NULL,
  region char(2) NOT NULL,
  wh_code varchar(10) NOT NULL,
  PRIMARY KEY (id),
  KEY fk_bins_wh (region, wh_code),
  CONSTRAINT fk_bins_wh FOREIGN KEY (region, wh_code) REFERENCES warehouses (region, wh_code) ON UPDATE CASCADE
);
