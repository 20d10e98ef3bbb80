CREATE TABLE document (
  id uuid NOT NULL,
  title varchar(200) NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB;
