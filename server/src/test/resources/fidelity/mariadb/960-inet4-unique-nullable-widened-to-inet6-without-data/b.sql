CREATE TABLE peer (
  id int NOT NULL AUTO_INCREMENT,
  addr inet6 DEFAULT NULL,
  gateway inet6 NOT NULL DEFAULT '::' COMMENT 'next hop',
  PRIMARY KEY (id),
  UNIQUE KEY addr (addr)
) ENGINE=InnoDB;
