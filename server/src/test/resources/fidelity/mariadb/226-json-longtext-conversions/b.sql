CREATE TABLE cfg (
  id int NOT NULL,
  doc json DEFAULT NULL,
  extra longtext DEFAULT NULL,
  PRIMARY KEY (id)
);
