CREATE TABLE codes (
  id int NOT NULL,
  code char(3) CHARACTER SET ascii NOT NULL,
  name varchar(40) CHARACTER SET latin1 COLLATE latin1_german1_ci DEFAULT NULL,
  PRIMARY KEY (id)
);
