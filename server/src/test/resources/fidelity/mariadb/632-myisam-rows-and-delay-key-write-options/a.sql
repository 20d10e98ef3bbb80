CREATE TABLE logs (
  id int NOT NULL,
  msg varchar(100) DEFAULT NULL,
  PRIMARY KEY (id)
) ENGINE=MyISAM;
