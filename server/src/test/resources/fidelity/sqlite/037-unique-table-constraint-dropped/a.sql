CREATE TABLE users (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name varchar(50) NOT NULL,
  email varchar(100),
  CONSTRAINT uk_users_email UNIQUE (email)
);
