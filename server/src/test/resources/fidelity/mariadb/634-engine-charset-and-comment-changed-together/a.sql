CREATE TABLE notes (
  id int NOT NULL,
  title varchar(40) DEFAULT NULL,
  body text,
  PRIMARY KEY (id)
) ENGINE=MyISAM DEFAULT CHARSET=latin1 COMMENT='old';
