CREATE TABLE device (
  id int NOT NULL,
  ip inet6 DEFAULT NULL,
  serial varchar(34) NOT NULL,
  name varchar(40) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY serial (serial)
) ENGINE=InnoDB;
