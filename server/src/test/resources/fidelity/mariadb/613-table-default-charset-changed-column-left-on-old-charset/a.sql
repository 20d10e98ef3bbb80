CREATE TABLE legacy (
  id int NOT NULL,
  name varchar(20) DEFAULT NULL,
  body text CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci DEFAULT NULL,
  PRIMARY KEY (id)
) DEFAULT CHARSET=latin1;
