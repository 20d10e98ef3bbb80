CREATE TABLE users (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name varchar(50) NOT NULL,
  email TEXT,
  age INTEGER,
  CONSTRAINT chk_users_age CHECK (age >= 0)
);
