CREATE TABLE document (
  id char(32) NOT NULL,
  title varchar(200) NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB;
