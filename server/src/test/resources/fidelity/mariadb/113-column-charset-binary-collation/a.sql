CREATE TABLE k (
  id int NOT NULL,
  code varchar(20) NOT NULL,
  PRIMARY KEY (id)
);
