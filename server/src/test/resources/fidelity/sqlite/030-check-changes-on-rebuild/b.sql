CREATE TABLE users (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name varchar(50) NOT NULL,
  age integer,
  CONSTRAINT chk_users_age CHECK (age BETWEEN 0 AND 150)
);
