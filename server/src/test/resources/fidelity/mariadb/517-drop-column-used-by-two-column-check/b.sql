CREATE TABLE ranges (
  id int NOT NULL AUTO_INCREMENT,
  lo int NOT NULL,
  step int NOT NULL DEFAULT 1,
  PRIMARY KEY (id),
  CONSTRAINT chk_ranges_step CHECK (step > 0 and step < 1000)
);
