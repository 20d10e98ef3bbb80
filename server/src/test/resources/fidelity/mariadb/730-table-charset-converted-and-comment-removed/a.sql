CREATE TABLE t (
  id int NOT NULL,
  name varchar(20) DEFAULT NULL,
  PRIMARY KEY (id)
) DEFAULT CHARSET=latin1 COMMENT='old table';
