CREATE TABLE users (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name varchar(50) NOT NULL,
  shop integer NOT NULL DEFAULT 1,
  email varchar(100)
);
