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
CREATE TABLE `old log` (
  id int NOT NULL,
  msg varchar(20) DEFAULT NULL,
  KEY id (id)
) ENGINE=MyISAM;
CREATE TABLE logs (
  id int NOT NULL,
  msg varchar(20) DEFAULT NULL,
  KEY id (id)
) ENGINE=MRG_MyISAM UNION=(`old log`,log1) INSERT_METHOD=LAST COMMENT='all logs';
