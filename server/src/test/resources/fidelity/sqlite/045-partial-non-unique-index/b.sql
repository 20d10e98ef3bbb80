CREATE TABLE users (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name varchar(50) NOT NULL,
  email TEXT,
  deleted_at TEXT
);
CREATE INDEX idx_users_live ON users (name) WHERE deleted_at IS NULL AND email IS NOT NULL;
