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
  PRIMARY KEY (id)
);
