CREATE TABLE users (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name varchar(50) NOT NULL,
  email varchar(100)
);
CREATE INDEX idx_users_email_desc ON users (email DESC, name);
