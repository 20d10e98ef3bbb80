CREATE TABLE nodes (
  id int NOT NULL,
  ip varchar(15) DEFAULT NULL,
  u char(36) NOT NULL,
  PRIMARY KEY (id)
);
