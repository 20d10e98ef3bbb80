CREATE TABLE access_log (
  id bigint NOT NULL AUTO_INCREMENT,
  remote inet4 NOT NULL,
  forwarded_for inet4 DEFAULT NULL,
  PRIMARY KEY (id),
  KEY remote (remote)
) ENGINE=InnoDB;
