CREATE TABLE tariffs (
  id int NOT NULL AUTO_INCREMENT,
  zone varchar(10) NOT NULL,
  code char(3) NOT NULL,
  effective_from timestamp(3) NOT NULL,
  effective_to timestamp(3) NOT NULL,
  note varchar(40) DEFAULT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_note (note),
  PERIOD FOR effective (effective_from, effective_to),
  UNIQUE KEY uq_zone_code_effective (zone, code, effective WITHOUT OVERLAPS),
  KEY ix_code (code)
);
CREATE TABLE zones (
  id int NOT NULL,
  PRIMARY KEY (id)
);
