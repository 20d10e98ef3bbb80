CREATE TABLE users (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name varchar(50) NOT NULL,
  email TEXT
);
CREATE INDEX idx_users_email ON users (email);
