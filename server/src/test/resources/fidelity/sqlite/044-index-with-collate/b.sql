CREATE TABLE users (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name varchar(50) NOT NULL,
  email TEXT
);
CREATE INDEX idx_users_email_nocase ON users (email COLLATE NOCASE);
