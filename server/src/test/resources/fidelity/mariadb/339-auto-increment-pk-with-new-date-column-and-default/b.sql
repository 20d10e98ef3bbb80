CREATE TABLE logs (
  id bigint unsigned NOT NULL AUTO_INCREMENT,
  msg varchar(200) NOT NULL,
  logged_on date NOT NULL DEFAULT '2024-01-01',
  PRIMARY KEY (id, logged_on)
);
