CREATE TABLE num (
  id int NOT NULL,
  f double DEFAULT 1.2345,
  g double(10,3) unsigned DEFAULT NULL,
  PRIMARY KEY (id)
);
