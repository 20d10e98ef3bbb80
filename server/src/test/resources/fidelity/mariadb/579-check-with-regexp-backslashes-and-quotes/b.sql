CREATE TABLE contacts (
  id int NOT NULL AUTO_INCREMENT,
  email varchar(100) NOT NULL CHECK (email regexp '^[^@ ]+@[^@ ]+\\.[a-z]{2,}$'),
  phone varchar(20) DEFAULT NULL,
  label varchar(30) NOT NULL DEFAULT 'it''s "home"',
  PRIMARY KEY (id),
  CONSTRAINT chk_phone CHECK (phone IS NULL OR phone regexp '^\\+?[0-9 ()-]{6,}$'),
  CONSTRAINT chk_label CHECK (label <> 'n\\a')
);
