CREATE TABLE access_log (
  id bigint NOT NULL AUTO_INCREMENT,
  remote inet6 NOT NULL,
  forwarded_for inet6 DEFAULT NULL,
  PRIMARY KEY (id),
  KEY remote (remote)
) ENGINE=InnoDB;
