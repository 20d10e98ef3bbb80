CREATE TABLE logs (
  id int NOT NULL,
  msg varchar(100) DEFAULT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE queue (
  id int NOT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE cache (
  id int NOT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE hits (
  id int NOT NULL,
  PRIMARY KEY (id)
) ENGINE=MyISAM;
CREATE TABLE tmp (
  id int NOT NULL,
  PRIMARY KEY (id)
) ENGINE=MEMORY;
