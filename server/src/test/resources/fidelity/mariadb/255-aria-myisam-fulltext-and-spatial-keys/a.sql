CREATE TABLE notes (
  id int NOT NULL,
  body text,
  PRIMARY KEY (id)
) ENGINE=Aria;
CREATE TABLE places (
  id int NOT NULL,
  pos point NOT NULL,
  code int NOT NULL,
  PRIMARY KEY (id)
) ENGINE=MyISAM;
