CREATE TABLE cfg (
  id int NOT NULL,
  doc longtext DEFAULT NULL,
  extra json DEFAULT NULL,
  PRIMARY KEY (id)
);
