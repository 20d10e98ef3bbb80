CREATE TABLE log1 (
  id int NOT NULL,
  msg varchar(20) DEFAULT NULL,
  KEY id (id)
) ENGINE=MyISAM;
CREATE TABLE log2 (
  id int NOT NULL,
  msg varchar(20) DEFAULT NULL,
  KEY id (id)
) ENGINE=MyISAM;
