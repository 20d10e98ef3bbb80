CREATE TABLE p (
  id int NOT NULL,
  price decimal(8,2) unsigned DEFAULT 0.00,
  PRIMARY KEY (id)
);
