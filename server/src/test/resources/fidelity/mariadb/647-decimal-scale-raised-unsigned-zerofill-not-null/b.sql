CREATE TABLE p (
  id int NOT NULL,
  price decimal(12,4) unsigned zerofill NOT NULL DEFAULT 0.0000,
  PRIMARY KEY (id)
);
