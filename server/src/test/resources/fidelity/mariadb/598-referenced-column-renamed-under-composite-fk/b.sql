CREATE TABLE warehouses (
  region char(2) NOT NULL,
  code varchar(10) NOT NULL,
  PRIMARY KEY (region, code)
);
CREATE TABLE bins (
  id int NOT NULL,
  region char(2) NOT NULL,
  warehouse_code varchar(10) NOT NULL,
  PRIMARY KEY (id),
  KEY fk_bins_wh (region, warehouse_code),
  CONSTRAINT fk_bins_wh FOREIGN KEY (region, warehouse_code) REFERENCES warehouses (region, code) ON UPDATE CASCADE
);
