CREATE TABLE parent (
  code varchar(50) NOT NULL,
  PRIMARY KEY (code)
);
CREATE TABLE child (
  id int NOT NULL,
  code varchar(50) DEFAULT NULL,
  PRIMARY KEY (id),
  KEY fk_child_code (code),
  CONSTRAINT fk_child_code FOREIGN KEY (code) REFERENCES parent (code) ON UPDATE CASCADE
);
