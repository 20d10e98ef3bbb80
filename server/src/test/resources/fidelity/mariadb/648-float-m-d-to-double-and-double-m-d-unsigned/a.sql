CREATE TABLE num (
  id int NOT NULL,
  f float(7,4) DEFAULT 1.2345,
  g double DEFAULT NULL,
  PRIMARY KEY (id)
);
