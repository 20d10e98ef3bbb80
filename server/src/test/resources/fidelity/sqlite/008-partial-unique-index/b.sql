CREATE TABLE users (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name varchar(50) NOT NULL,
  email varchar(100),
  deleted_at timestamp
);
CREATE UNIQUE INDEX uk_users_live_email ON users (email) WHERE deleted_at IS NULL;
