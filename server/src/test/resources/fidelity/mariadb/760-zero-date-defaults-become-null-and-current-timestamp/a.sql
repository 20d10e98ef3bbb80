CREATE TABLE orders (
  id int NOT NULL,
  shipped date NOT NULL DEFAULT '0000-00-00',
  created datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  touched timestamp NOT NULL DEFAULT '0000-00-00 00:00:00',
  PRIMARY KEY (id)
);
