CREATE TABLE login_audit (
  id bigint unsigned NOT NULL AUTO_INCREMENT,
  client_ip inet6 NOT NULL,
  proxy_ip inet4 DEFAULT NULL,
  logged_at datetime NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (id),
  KEY client_ip (client_ip)
) ENGINE=InnoDB;
