CREATE TABLE geo (
  id int NOT NULL,
  lat float DEFAULT NULL,
  lng double(10,4) DEFAULT NULL,
  PRIMARY KEY (id)
);
