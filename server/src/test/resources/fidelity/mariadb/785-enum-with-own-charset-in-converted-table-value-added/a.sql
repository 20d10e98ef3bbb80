CREATE TABLE items (
  id int NOT NULL,
  kind enum('book','dvd') CHARACTER SET ascii NOT NULL DEFAULT 'book',
  label varchar(40) NOT NULL,
  tags set('new','sale') DEFAULT NULL,
  PRIMARY KEY (id)
) DEFAULT CHARSET=latin1;
