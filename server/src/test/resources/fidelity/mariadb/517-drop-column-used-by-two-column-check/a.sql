CREATE TABLE ranges (
  id int NOT NULL AUTO_INCREMENT,
  lo int NOT NULL,
  hi int NOT NULL,
  step int NOT NULL DEFAULT 1,
  PRIMARY KEY (id),
  CONSTRAINT chk_ranges_order CHECK (lo <= hi),
  CONSTRAINT chk_ranges_step CHECK (step > 0)
);
