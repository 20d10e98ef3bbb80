CREATE TABLE users (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name varchar(50) NOT NULL,
  email TEXT
);
CREATE UNIQUE INDEX uk_users_lower_email ON users (lower(email));
