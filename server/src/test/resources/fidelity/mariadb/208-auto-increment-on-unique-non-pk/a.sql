CREATE TABLE jobs (
  code varchar(20) NOT NULL,
  seq int NOT NULL,
  name varchar(50) DEFAULT NULL,
  PRIMARY KEY (code)
);
