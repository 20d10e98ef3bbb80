CREATE TABLE prices (
  id int NOT NULL AUTO_INCREMENT,
  net decimal(8,2) NOT NULL DEFAULT 0.00,
  rate decimal(5,4) DEFAULT NULL,
  total decimal(10,2) unsigned NOT NULL,
  PRIMARY KEY (id)
);
