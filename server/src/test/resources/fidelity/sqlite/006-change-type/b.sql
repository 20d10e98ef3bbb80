CREATE TABLE users (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name varchar(50) NOT NULL,
  score decimal(10,2)
);
