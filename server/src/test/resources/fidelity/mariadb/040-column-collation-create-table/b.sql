CREATE TABLE users (
  id int NOT NULL AUTO_INCREMENT,
  name varchar(50) NOT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE codes (
  id int NOT NULL,
  name varchar(50) COLLATE utf8mb4_bin NOT NULL,
  code char(3) CHARACTER SET ascii COLLATE ascii_general_ci DEFAULT NULL,
  body text CHARACTER SET latin1 COLLATE latin1_swedish_ci,
  PRIMARY KEY (id)
);
