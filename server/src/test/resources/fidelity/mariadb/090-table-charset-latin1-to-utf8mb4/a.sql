CREATE TABLE labels (
  id int NOT NULL,
  name varchar(40) NOT NULL,
  PRIMARY KEY (id)
) DEFAULT CHARSET=latin1;
