CREATE TABLE geo (
  id int NOT NULL,
  lat float(9,6) DEFAULT NULL,
  lng double(12,6) DEFAULT NULL,
  alt float(7,2) unsigned NOT NULL DEFAULT 0.00,
  PRIMARY KEY (id)
);
