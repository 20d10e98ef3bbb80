CREATE TABLE notes (
  id int NOT NULL,
  body text NOT NULL DEFAULT '',
  meta mediumtext DEFAULT 'none',
  raw blob DEFAULT 'x',
  PRIMARY KEY (id)
);
