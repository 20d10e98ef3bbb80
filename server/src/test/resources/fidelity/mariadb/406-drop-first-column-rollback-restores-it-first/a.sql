CREATE TABLE notes (
  legacy_ref varchar(30) DEFAULT NULL,
  id int NOT NULL,
  body text,
  PRIMARY KEY (id)
);
