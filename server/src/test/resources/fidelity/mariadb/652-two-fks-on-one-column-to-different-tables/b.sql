CREATE TABLE a (
  id int NOT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE b (
  id int NOT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE c (
  id int NOT NULL,
  ref_id int DEFAULT NULL,
  PRIMARY KEY (id),
  KEY idx_c_ref (ref_id),
  CONSTRAINT fk_c_a FOREIGN KEY (ref_id) REFERENCES a (id),
  CONSTRAINT fk_c_b FOREIGN KEY (ref_id) REFERENCES b (id) ON DELETE CASCADE
);
