CREATE TABLE names (
  id INTEGER NOT NULL PRIMARY KEY,
  last varchar(20),
  first varchar(30) NOT NULL
);
