CREATE TABLE people (
  id int NOT NULL,
  name varchar(100) NOT NULL,
  code char(3) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  bio text,
  PRIMARY KEY (id)
) DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
