CREATE TABLE peer (
  id int NOT NULL AUTO_INCREMENT,
  addr inet4 DEFAULT NULL,
  gateway inet4 NOT NULL DEFAULT '0.0.0.0' COMMENT 'next hop',
  PRIMARY KEY (id),
  UNIQUE KEY addr (addr)
) ENGINE=InnoDB;
