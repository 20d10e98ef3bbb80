CREATE TABLE cars (
  id int NOT NULL,
  made year(4) DEFAULT NULL,
  flags bit(5) NOT NULL DEFAULT b'00101',
  price decimal(10,2) unsigned NOT NULL DEFAULT '0.00',
  PRIMARY KEY (id)
);
