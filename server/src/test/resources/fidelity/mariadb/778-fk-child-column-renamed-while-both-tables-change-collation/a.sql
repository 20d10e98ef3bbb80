CREATE TABLE langs (
  tag varchar(12) NOT NULL,
  PRIMARY KEY (tag)
) DEFAULT CHARSET=latin1;
CREATE TABLE texts (
  id int NOT NULL,
  lang varchar(12) NOT NULL,
  body text NOT NULL,
  PRIMARY KEY (id),
  KEY lang (lang),
  CONSTRAINT texts_lang FOREIGN KEY (lang) REFERENCES langs (tag)
) DEFAULT CHARSET=latin1;
