CREATE TABLE settings (
  id int NOT NULL,
  raw longtext DEFAULT NULL,
  PRIMARY KEY (id)
);
