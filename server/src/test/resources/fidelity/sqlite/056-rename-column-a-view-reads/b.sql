CREATE TABLE users (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name varchar(50) NOT NULL,
  alias TEXT
);
CREATE VIEW nicks AS SELECT id, alias FROM users;
