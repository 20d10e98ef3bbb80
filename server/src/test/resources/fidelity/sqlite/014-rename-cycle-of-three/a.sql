CREATE TABLE c (
  id INTEGER NOT NULL PRIMARY KEY,
  a integer,
  b varchar(5),
  x date
);
