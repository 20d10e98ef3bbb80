CREATE TABLE logs (
  id bigint unsigned NOT NULL AUTO_INCREMENT,
  msg varchar(200) NOT NULL,
  PRIMARY KEY (id)
);
