CREATE TABLE names (
  id INTEGER NOT NULL PRIMARY KEY,
  first varchar(20),
  last varchar(30) NOT NULL
);
