CREATE TABLE old_rates (
  id int NOT NULL AUTO_INCREMENT,
  code char(3) NOT NULL,
  rate_from date NOT NULL,
  rate_to date NOT NULL,
  PRIMARY KEY (id),
  PERIOD FOR rate_period (rate_from, rate_to),
  UNIQUE KEY uq_code_period (code, rate_period WITHOUT OVERLAPS)
);
CREATE TABLE zones (
  id int NOT NULL,
  PRIMARY KEY (id)
);
