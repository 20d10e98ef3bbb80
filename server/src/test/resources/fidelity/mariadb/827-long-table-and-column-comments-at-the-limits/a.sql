CREATE TABLE notes (
  id int NOT NULL,
  body text,
  PRIMARY KEY (id)
) COMMENT='short';
