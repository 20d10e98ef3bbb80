CREATE TABLE stock (
  id int unsigned NOT NULL AUTO_INCREMENT,
  qty int NOT NULL DEFAULT 0,
  bin mediumint DEFAULT NULL,
  width int(8) DEFAULT NULL,
  PRIMARY KEY (id)
);
