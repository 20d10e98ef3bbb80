CREATE TABLE jobs (
  code varchar(20) NOT NULL,
  seq int NOT NULL AUTO_INCREMENT,
  name varchar(50) DEFAULT NULL,
  PRIMARY KEY (code),
  UNIQUE KEY uq_seq (seq)
);
