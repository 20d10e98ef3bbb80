CREATE TABLE device (
  id int NOT NULL,
  serial uuid NOT NULL,
  name varchar(40) NOT NULL,
  ip inet4 DEFAULT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY serial (serial)
) ENGINE=InnoDB;
