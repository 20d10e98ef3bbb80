CREATE TABLE users (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name varchar(50) NOT NULL,
  nick TEXT
);
CREATE VIEW nicks AS SELECT id, nick FROM users;
