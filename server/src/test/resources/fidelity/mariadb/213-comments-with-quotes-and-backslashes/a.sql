CREATE TABLE notes (
  id int NOT NULL COMMENT 'the id',
  body text COMMENT 'plain',
  PRIMARY KEY (id)
) COMMENT='old';
