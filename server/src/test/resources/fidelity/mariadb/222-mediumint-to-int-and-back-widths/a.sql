CREATE TABLE stock (
  id mediumint unsigned NOT NULL AUTO_INCREMENT,
  qty mediumint NOT NULL DEFAULT 0,
  bin int DEFAULT NULL,
  width int(4) DEFAULT NULL,
  PRIMARY KEY (id)
);
