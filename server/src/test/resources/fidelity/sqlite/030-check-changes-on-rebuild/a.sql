CREATE TABLE users (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name varchar(50) NOT NULL,
  age integer,
  CONSTRAINT chk_users_age CHECK (age >= 0)
);
