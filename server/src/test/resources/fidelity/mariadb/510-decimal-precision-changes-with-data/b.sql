CREATE TABLE prices (
  id int NOT NULL AUTO_INCREMENT,
  net decimal(14,4) NOT NULL DEFAULT 0.0000,
  rate decimal(7,6) DEFAULT NULL,
  total decimal(12,2) unsigned NOT NULL DEFAULT 0.00,
  PRIMARY KEY (id)
);
