CREATE TABLE c (
  id INTEGER NOT NULL PRIMARY KEY,
  b integer,
  x varchar(5),
  a date
);
