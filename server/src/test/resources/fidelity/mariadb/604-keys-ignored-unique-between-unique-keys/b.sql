CREATE TABLE users (
  id int NOT NULL AUTO_INCREMENT,
  name varchar(50) NOT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE codes (
  id int NOT NULL,
  a int DEFAULT NULL,
  b int DEFAULT NULL,
  c int DEFAULT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_codes_z (a),
  UNIQUE KEY uq_codes_y (b) IGNORED,
  UNIQUE KEY uq_codes_x (c)
);
